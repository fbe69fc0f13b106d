package org.partnergraph.views.tracker;

import java.util.Map;
import org.partnergraph.model.Node;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Stage;
import org.partnergraph.plugin.swing.RowTableModel;

/**
 * The engagement tracker, one row per RELATIONSHIP: stakeholder, lead, stage now and wanted (edited
 * here, written through the workbench's undoable edits), the gap as a scale, priority, background, actions.
 */
final class TrackerModel extends RowTableModel<Relationship> {

    static final int STAKEHOLDER = 0;
    static final int LEAD = 1;
    static final int NOW = 2;
    static final int WANTED = 3;
    static final int SCALE = 4;
    static final int PRIORITY = 5;
    static final int BACKGROUND = 6;
    static final int ACTIONS = 7;
    static final int TRACKER = 8;
    static final String[] COLUMNS = {
        "Stakeholder",
        "Lead",
        "Stage now",
        "Stage wanted",
        "Now \u2192 wanted",
        "Priority",
        "Background",
        "Actions",
        "Tracker of"
    };

    /** A stage change the user made in a cell. */
    interface StageEditor {
        void setStages(Relationship row, Stage now, Stage wanted);
    }

    private Map<String, String> names = Map.of();
    private final StageEditor editor;

    TrackerModel(StageEditor editor) {
        super(COLUMNS);
        this.editor = editor;
    }

    void setGraph(PartnershipGraph graph) {
        java.util.HashMap<String, String> n = new java.util.HashMap<>();
        graph.nodes().forEach(node -> n.put(node.id(), node.name()));
        names = n;
        setRows(graph.relationships());
    }

    int rowOf(String nodeId) {
        return indexOf(r -> r.toId().equals(nodeId));
    }

    String name(String id) {
        return names.getOrDefault(id, id);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case NOW, WANTED -> Stage.class;
            case SCALE -> Relationship.class;
            default -> String.class;
        };
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == NOW || column == WANTED;
    }

    @Override
    protected Object valueOf(Relationship r, int column) {
        return switch (column) {
            case STAKEHOLDER -> name(r.toId());
            case LEAD -> r.lead();
            case NOW -> r.now();
            case WANTED -> r.wanted();
            case SCALE -> r;
            case PRIORITY -> r.priority();
            case BACKGROUND -> String.join(" \u2022 ", r.background());
            case ACTIONS -> r.actions();
            default -> name(r.fromId());
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        Relationship r = rowAt(row);
        Stage stage = (Stage) value;
        if (column == NOW && stage != r.now()) {
            editor.setStages(r, stage, r.wanted());
        } else if (column == WANTED && stage != r.wanted()) {
            editor.setStages(r, r.now(), stage);
        }
    }

    /** Plain text of a cell, for the CSV export and the filter (the scale as "Cooperate -> Collaborate"). */
    String text(int row, int column) {
        Object v = getValueAt(row, column);
        if (v instanceof Stage s) {
            return s.label();
        }
        if (v instanceof Relationship r) {
            return (r.now() == null ? "?" : r.now().label()) + " -> "
                    + (r.wanted() == null ? "?" : r.wanted().label());
        }
        return v == null ? "" : v.toString();
    }

    static String label(Node n) {
        return n.name();
    }
}
