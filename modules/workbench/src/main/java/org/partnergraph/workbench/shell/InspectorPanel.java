package org.partnergraph.workbench.shell;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.UIManager;
import org.partnergraph.model.Group;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Node;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;
import org.partnergraph.model.Theme;
import org.partnergraph.plugin.EditRequest;
import org.partnergraph.plugin.Edits;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.workbench.context.SharedGraph;
import org.partnergraph.workbench.context.SharedSelection;
import org.partnergraph.workbench.context.StatusMessages;
import org.partnergraph.workbench.edit.EditService;

/**
 * The selected node's properties and relationships, editable where the model is: influence and
 * quality, relationship stages, measurements, memberships and new partners, each as an undoable edit.
 */
public final class InspectorPanel extends JPanel {

    private final SharedGraph graph;
    private final Edits edits;
    private final HoldsFrom holdsFrom = new HoldsFrom();
    private final StatusMessages messages;
    private final EditDialogs dialogs;
    private final JPanel content = new JPanel();
    private final JLabel title = new JLabel("Nothing selected");
    private String selectedId;

    public InspectorPanel(SharedGraph graph, SharedSelection selection, EditService edits, StatusMessages messages) {
        super(new BorderLayout());
        this.graph = graph;
        this.edits = holdsFrom.around(edits, messages);
        this.messages = messages;
        this.dialogs = new EditDialogs(this, this.edits, messages);
        title.setName("inspector.title");
        title.putClientProperty("FlatLaf.styleClass", "h3");
        title.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
        add(title, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(content);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        selection.follow(this::selectionChanged);
        graph.addGraphListener(c -> refresh());
    }

    private void selectionChanged(SelectionEvent e) {
        List<String> ids = e.nodeIds();
        selectedId = ids.isEmpty() ? null : ids.get(0);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        content.add(holdsFrom);
        PartnershipGraph g = graph.current();
        Optional<Node> node = selectedId == null ? Optional.empty() : g.node(selectedId);
        if (node.isEmpty()) {
            title.setText("Nothing selected");
            addNote("Select a partner, group, objective or indicator in the navigator or in a view.");
        } else {
            Node n = node.get();
            title.setText(n.name());
            properties(n);
            if (n instanceof Partner p) {
                partner(g, p);
            } else if (n instanceof Objective o) {
                objective(g, o);
            } else if (n instanceof Indicator i) {
                indicator(g, i);
            } else if (n instanceof Group gr) {
                group(g, gr);
            }
            RowsModel values = ValueHistory.of(graph.history(), g, graph.viewer(), n.id());
            if (values.getRowCount() > 0) {
                section("History (every value, oldest first)", table("inspector.history", values), null);
            }
        }
        content.add(Box.createVerticalGlue());
        content.revalidate();
        content.repaint();
    }

    private void properties(Node n) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Id", n.id()});
        if (n instanceof Partner p) {
            rows.add(new Object[] {"Type", p.type()});
            rows.add(new Object[] {"Tier", p.tier()});
            rows.add(new Object[] {"Sector", p.sector()});
        } else if (n instanceof Group g) {
            rows.add(new Object[] {"Kind", g.kind()});
        } else if (n instanceof Indicator i) {
            rows.add(new Object[] {"Code", i.code()});
            rows.add(new Object[] {"Unit", i.unit()});
            rows.add(new Object[] {"Polarity", i.polarity()});
            rows.add(new Object[] {"Lead officer", i.leadIndividual()});
            rows.add(new Object[] {"Monitored by", i.monitoredBy()});
        } else if (n instanceof Theme t) {
            rows.add(new Object[] {"Description", t.description()});
        }
        if (!n.aliases().isEmpty()) {
            rows.add(new Object[] {"Aliases", String.join(", ", n.aliases())});
        }
        rows.add(new Object[] {"Partnership", n.partnership()});
        rows.add(new Object[] {
            "Source", n.provenance().source() + (n.provenance().uncertain() ? " (uncertain)" : "")
        });
        if (!n.provenance().note().isEmpty()) {
            rows.add(new Object[] {"Note", n.provenance().note()});
        }
        section(
                "Properties",
                table(
                        "inspector.properties",
                        new RowsModel(new String[] {"Property", "Value"}, rows, Set.of(), (r, c, v) -> {})),
                null);
    }

    private void partner(PartnershipGraph g, Partner p) {
        Map<String, Objective> objectives = g.objectivesById();
        List<Influence> influences = g.influences().stream()
                .filter(i -> i.partnerId().equals(p.id()))
                .toList();
        List<Object[]> rows = new ArrayList<>();
        for (Influence i : influences) {
            Objective o = objectives.get(i.objectiveId());
            rows.add(new Object[] {
                o == null ? i.objectiveId() : o.name(),
                i.influence().toString(),
                i.quality().toString()
            });
        }
        section(
                "Influence on objectives (1-5, editable)",
                table(
                        "inspector.influences",
                        new RowsModel(
                                new String[] {"Objective", "Influence", "Quality"},
                                rows,
                                Set.of(1, 2),
                                (r, c, v) -> editScore(influences.get(r), c, v))),
                null);

        List<Relationship> tracked = g.relationships().stream()
                .filter(r -> r.fromId().equals(p.id()))
                .toList();
        if (!tracked.isEmpty()) {
            List<Object[]> rrows = new ArrayList<>();
            for (Relationship r : tracked) {
                rrows.add(new Object[] {
                    g.node(r.toId()).map(Node::name).orElse(r.toId()), label(r.now()), label(r.wanted()), r.priority()
                });
            }
            JTable t = table(
                    "inspector.relationships",
                    new RowsModel(
                            new String[] {"Stakeholder", "Stage now", "Stage wanted", "Priority"},
                            rrows,
                            Set.of(1, 2),
                            (row, c, v) -> editStage(tracked.get(row), c, v)));
            JComboBox<String> stages =
                    new JComboBox<>(new String[] {"", "Compete", "Co-exist", "Cooperate", "Collaborate"});
            t.getColumnModel().getColumn(1).setCellEditor(new DefaultCellEditor(stages));
            t.getColumnModel().getColumn(2).setCellEditor(new DefaultCellEditor(new JComboBox<>(new String[] {
                "", "Compete", "Co-exist", "Cooperate", "Collaborate"
            })));
            section("Engagement tracker (stages editable)", t, null);
        }
        List<Object[]> mrows = new ArrayList<>();
        Map<String, Group> groups = g.groupsById();
        for (Membership m : g.memberships()) {
            if (m.partnerId().equals(p.id()) && groups.containsKey(m.groupId())) {
                mrows.add(new Object[] {groups.get(m.groupId()).name(), m.role().code()});
            }
        }
        section(
                "Member of",
                table(
                        "inspector.memberships",
                        new RowsModel(new String[] {"Group", "Role"}, mrows, Set.of(), (r, c, v) -> {})),
                button("Add to a group...", "inspector.addMembership", () -> dialogs.addMembership(g, p.id(), null)));
    }

    private void objective(PartnershipGraph g, Objective o) {
        Map<String, Partner> partners = g.partnersById();
        List<Influence> influences = g.influences().stream()
                .filter(i -> i.objectiveId().equals(o.id()))
                .toList();
        List<Object[]> rows = new ArrayList<>();
        for (Influence i : influences) {
            Partner p = partners.get(i.partnerId());
            rows.add(new Object[] {
                p == null ? i.partnerId() : p.name(),
                i.influence().toString(),
                i.quality().toString()
            });
        }
        section(
                "Partners' influence (1-5, editable)",
                table(
                        "inspector.influences",
                        new RowsModel(
                                new String[] {"Partner", "Influence", "Quality"},
                                rows,
                                Set.of(1, 2),
                                (r, c, v) -> editScore(influences.get(r), c, v))),
                null);
    }

    private void indicator(PartnershipGraph g, Indicator i) {
        List<Object[]> rows = new ArrayList<>();
        for (Measurement m : g.measurementsOf(i.id())) {
            rows.add(new Object[] {m.kind().code(), m.period().text(), m.value(), m.areaId()});
        }
        section(
                "Measurements",
                table(
                        "inspector.measurements",
                        new RowsModel(
                                new String[] {"Kind", "Period", "Value", "Area"}, rows, Set.of(), (r, c, v) -> {})),
                button("Add measurement...", "inspector.addMeasurement", () -> dialogs.addMeasurement(i)));
    }

    private void group(PartnershipGraph g, Group gr) {
        Map<String, Partner> partners = g.partnersById();
        List<Object[]> rows = new ArrayList<>();
        for (Membership m : g.memberships()) {
            if (m.groupId().equals(gr.id()) && partners.containsKey(m.partnerId())) {
                rows.add(new Object[] {
                    partners.get(m.partnerId()).name(), m.role().code()
                });
            }
        }
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(button("Add a member...", "inspector.addMember", () -> dialogs.addMembership(g, null, gr.id())));
        buttons.add(button("New partner...", "inspector.newPartner", () -> dialogs.addPartner(gr)));
        section(
                "Members",
                table(
                        "inspector.members",
                        new RowsModel(new String[] {"Partner", "Role"}, rows, Set.of(), (r, c, v) -> {})),
                buttons);
    }

    private void editScore(Influence old, int column, Object value) {
        try {
            Score s = Score.parse(String.valueOf(value));
            Score influence = column == 1 ? s : old.influence();
            Score quality = column == 2 ? s : old.quality();
            edits.request(new EditRequest.SetInfluence(old.partnerId(), old.objectiveId(), influence, quality));
        } catch (IllegalArgumentException e) {
            messages.error((column == 1 ? "Influence " : "Quality ") + e.getMessage() + "; nothing was changed.");
        }
    }

    private void editStage(Relationship old, int column, Object value) {
        String text = String.valueOf(value);
        Stage stage = text.isBlank() ? null : Stage.parse(text);
        edits.request(new EditRequest.SetStages(
                old.fromId(), old.toId(), column == 1 ? stage : old.now(), column == 2 ? stage : old.wanted()));
    }

    private static String label(Stage s) {
        return s == null ? "" : s.label();
    }

    private static JTable table(String name, RowsModel model) {
        JTable t = new JTable(model);
        t.setName(name);
        t.setFillsViewportHeight(false);
        t.putClientProperty("terminateEditOnFocusLost", true);
        t.setPreferredScrollableViewportSize(new Dimension(300, Math.max(1, model.getRowCount()) * t.getRowHeight()));
        return t;
    }

    private static JButton button(String text, String name, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    private void section(String heading, JTable table, Component actions) {
        JPanel p = new JPanel(new BorderLayout(0, 2));
        p.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JLabel h = new JLabel(heading);
        h.setForeground(UIManager.getColor("Label.disabledForeground"));
        p.add(h, BorderLayout.NORTH);
        JPanel body = new JPanel(new BorderLayout());
        body.add(table.getTableHeader(), BorderLayout.NORTH);
        body.add(table, BorderLayout.CENTER);
        p.add(body, BorderLayout.CENTER);
        if (actions != null) {
            JPanel a = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 2));
            a.add(actions);
            p.add(a, BorderLayout.SOUTH);
        }
        p.setAlignmentX(LEFT_ALIGNMENT);
        p.setMaximumSize(new Dimension(Integer.MAX_VALUE, p.getPreferredSize().height));
        content.add(p);
    }

    private void addNote(String text) {
        JLabel l = new JLabel("<html>" + text + "</html>");
        l.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        content.add(l);
    }
}
