package org.partnergraph.workbench.shell;

import java.awt.Component;
import java.awt.GridLayout;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.partnergraph.model.Group;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Node;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Period;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Role;
import org.partnergraph.plugin.EditRequest;
import org.partnergraph.plugin.Edits;
import org.partnergraph.workbench.context.StatusMessages;

/** The small forms behind the inspector's Add buttons; each ends in an edit request. */
final class EditDialogs {

    private static final Provenance EDITED = Provenance.of("edited in the workbench");

    private final Component parent;
    private final Edits edits;
    private final StatusMessages messages;

    EditDialogs(Component parent, Edits edits, StatusMessages messages) {
        this.parent = parent;
        this.edits = edits;
        this.messages = messages;
    }

    void addMeasurement(Indicator indicator) {
        JComboBox<MeasurementKind> kind = new JComboBox<>(MeasurementKind.values());
        JTextField period = new JTextField("2024/25");
        JTextField value = new JTextField();
        if (!ask(
                "Add measurement to " + indicator.label(),
                "Kind",
                kind,
                "Period",
                period,
                "Value (" + indicator.unit() + ")",
                value)) {
            return;
        }
        try {
            Period p = Period.parse(period.getText());
            double v = Double.parseDouble(value.getText().strip());
            MeasurementKind k = (MeasurementKind) kind.getSelectedItem();
            edits.request(new EditRequest.AddMeasurement(new Measurement(
                    Measurement.derivedId(indicator.id(), k, p, ""),
                    indicator.id(),
                    p,
                    k,
                    v,
                    "",
                    indicator.partnership(),
                    EDITED)));
        } catch (NumberFormatException e) {
            messages.error("'" + value.getText() + "' is not a number; nothing was added.");
        } catch (IllegalArgumentException e) {
            messages.error("The period " + e.getMessage() + "; nothing was added.");
        }
    }

    void addMembership(PartnershipGraph g, String partnerId, String groupId) {
        JComboBox<NodeEntry> partner = choices(g.partners(), partnerId);
        JComboBox<NodeEntry> group = choices(g.groups(), groupId);
        JComboBox<Role> role = new JComboBox<>(Role.values());
        role.setSelectedItem(Role.MEMBER);
        if (!ask("Add membership", "Partner", partner, "Group", group, "Role", role)) {
            return;
        }
        if (partner.getSelectedItem() == null || group.getSelectedItem() == null) {
            return;
        }
        edits.request(new EditRequest.AddMembership(new Membership(
                ((NodeEntry) partner.getSelectedItem()).id(),
                ((NodeEntry) group.getSelectedItem()).id(),
                (Role) role.getSelectedItem(),
                EDITED)));
    }

    void addPartner(Group group) {
        JTextField name = new JTextField();
        JTextField type = new JTextField();
        if (!ask("New partner in " + group.name(), "Name", name, "Type", type)
                || name.getText().isBlank()) {
            return;
        }
        String local = name.getText()
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String id = group.partnership() + ":" + (local.isEmpty() ? "partner" : local);
        Partner p = new Partner(
                id, name.getText().strip(), type.getText().strip(), "", "", List.of(), group.partnership(), EDITED);
        edits.request(new EditRequest.AddPartner(p))
                .thenRun(() -> edits.request(
                        new EditRequest.AddMembership(new Membership(id, group.id(), Role.MEMBER, EDITED))));
    }

    private static JComboBox<NodeEntry> choices(List<? extends Node> nodes, String selectedId) {
        JComboBox<NodeEntry> box = new JComboBox<>();
        nodes.stream().sorted(Comparator.comparing(Node::name)).forEach(n -> {
            NodeEntry e = new NodeEntry(n.id(), n.name());
            box.addItem(e);
            if (n.id().equals(selectedId)) {
                box.setSelectedItem(e);
            }
        });
        return box;
    }

    private boolean ask(String title, Object... labelsAndFields) {
        JPanel form = new JPanel(new GridLayout(0, 2, 6, 6));
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            form.add(new JLabel((String) labelsAndFields[i]));
            form.add((Component) labelsAndFields[i + 1]);
        }
        return JOptionPane.showConfirmDialog(
                        parent, form, title, JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE)
                == JOptionPane.OK_OPTION;
    }
}
