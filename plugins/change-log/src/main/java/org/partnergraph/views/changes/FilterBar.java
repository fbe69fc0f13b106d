package org.partnergraph.views.changes;

import java.awt.Dimension;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Node;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.swing.TextChanges;

/**
 * The compact filter bar: partner, objective, indicator and kind (each "All" or one of those the
 * log mentions), and a range of valid dates typed as YYYY-MM-DD.
 */
final class FilterBar extends JPanel {

    static final String ALL = "All";

    /** A choice of a combo box: an id (null for all) and what it shows. */
    record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final JComboBox<Choice> partner = box("changes.partner", 200);
    private final JComboBox<Choice> objective = box("changes.objective", 200);
    private final JComboBox<Choice> indicator = box("changes.indicator", 180);
    private final JComboBox<Choice> kind = box("changes.kind", 120);
    private final JTextField from = date("changes.from", "Only changes holding from this date (YYYY-MM-DD) or later");
    private final JTextField to = date("changes.to", "Only changes holding from this date (YYYY-MM-DD) or earlier");
    private final Runnable onChange;
    private boolean filling;

    FilterBar(Runnable onChange) {
        this.onChange = onChange;
        setLayout(new BoxLayout(this, BoxLayout.X_AXIS));
        setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        add("Partner: ", 'P', partner);
        add("Objective: ", 'O', objective);
        add("Indicator: ", 'I', indicator);
        add("Kind: ", 'K', kind);
        add("From: ", 'R', from);
        add("to: ", 'T', to);
        add(Box.createHorizontalGlue());
        List<Choice> kinds = new ArrayList<>(List.of(new Choice(null, ALL)));
        for (ChangeLog.Kind k : ChangeLog.Kind.values()) {
            kinds.add(new Choice(k.name(), k.code()));
        }
        kind.setModel(new DefaultComboBoxModel<>(kinds.toArray(Choice[]::new)));
        for (JComboBox<Choice> b : List.of(partner, objective, indicator, kind)) {
            b.addActionListener(e -> changed());
        }
        TextChanges.onChange(from, this::changed);
        TextChanges.onChange(to, this::changed);
    }

    private static JComboBox<Choice> box(String name, int width) {
        JComboBox<Choice> box = new JComboBox<>(new Choice[] {new Choice(null, ALL)});
        box.setName(name);
        box.setPrototypeDisplayValue(new Choice(null, "Objective 2 - To co"));
        box.setMaximumSize(new Dimension(width, box.getPreferredSize().height));
        return box;
    }

    private static JTextField date(String name, String tip) {
        JTextField field = new JTextField(8);
        field.setName(name);
        field.setToolTipText(tip);
        field.setMaximumSize(new Dimension(100, field.getPreferredSize().height));
        return field;
    }

    private void add(String text, char mnemonic, JComponent field) {
        JLabel label = new JLabel(text);
        label.setDisplayedMnemonic(mnemonic);
        label.setLabelFor(field);
        if (getComponentCount() > 0) {
            add(Box.createHorizontalStrut(8));
        }
        add(label);
        add(field);
    }

    private void changed() {
        if (!filling) {
            onChange.run();
        }
    }

    /** Offers the partners, objectives and indicators {@code entries} mention; keeps what was chosen where it still is. */
    void setOptions(PartnershipGraph history, List<ChangeLog.Entry> entries) {
        filling = true;
        try {
            fill(partner, history.partnersById(), entries);
            fill(objective, history.objectivesById(), entries);
            fill(indicator, history.indicatorsById(), entries);
        } finally {
            filling = false;
        }
    }

    private static void fill(JComboBox<Choice> box, Map<String, ? extends Node> nodes, List<ChangeLog.Entry> entries) {
        String chosen = ((Choice) box.getSelectedItem()).id();
        Map<String, Choice> mentioned = new LinkedHashMap<>();
        for (ChangeLog.Entry e : entries) {
            for (String id : e.subjects()) {
                Node n = nodes.get(id);
                if (n != null) {
                    mentioned.putIfAbsent(id, new Choice(id, n.name()));
                }
            }
        }
        List<Choice> choices = new ArrayList<>(mentioned.values());
        choices.sort(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER));
        choices.add(0, new Choice(null, ALL));
        box.setModel(new DefaultComboBoxModel<>(choices.toArray(Choice[]::new)));
        select(box, chosen);
    }

    private static boolean select(JComboBox<Choice> box, String id) {
        for (int i = 0; i < box.getItemCount(); i++) {
            if (java.util.Objects.equals(box.getItemAt(i).id(), id)) {
                box.setSelectedIndex(i);
                return true;
            }
        }
        box.setSelectedIndex(0);
        return false;
    }

    /** Chooses the node as the partner, objective or indicator filter, where the log mentions it. */
    boolean choose(String nodeId) {
        for (JComboBox<Choice> box : List.of(partner, objective, indicator)) {
            for (int i = 1; i < box.getItemCount(); i++) {
                if (box.getItemAt(i).id().equals(nodeId)) {
                    box.setSelectedIndex(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** The filter chosen; a date that does not read is left out (see {@link #problem()}). */
    ChangeFilter filter() {
        Choice k = (Choice) kind.getSelectedItem();
        return new ChangeFilter(
                id(partner),
                id(objective),
                id(indicator),
                k.id() == null ? null : ChangeLog.Kind.valueOf(k.id()),
                parse(from),
                parse(to));
    }

    private static String id(JComboBox<Choice> box) {
        return ((Choice) box.getSelectedItem()).id();
    }

    private static LocalDate parse(JTextField field) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The sentence about a date that does not read, or empty; the field is outlined in red meanwhile. */
    String problem() {
        List<String> problems = new ArrayList<>();
        for (JTextField field : List.of(from, to)) {
            String text = field.getText().strip();
            boolean bad = !text.isEmpty() && parse(field) == null;
            field.putClientProperty("JComponent.outline", bad ? "error" : null);
            if (bad) {
                problems.add("'" + text + "' is not a date: write it as YYYY-MM-DD (e.g. 2025-06-01)");
            }
        }
        return problems.isEmpty() ? "" : String.join("; ", problems) + "; that bound is not applied.";
    }

    JComboBox<Choice> partnerBox() {
        return partner;
    }

    JComboBox<Choice> kindBox() {
        return kind;
    }

    JComboBox<Choice> objectiveBox() {
        return objective;
    }

    JTextField fromField() {
        return from;
    }

    JTextField toField() {
        return to;
    }
}
