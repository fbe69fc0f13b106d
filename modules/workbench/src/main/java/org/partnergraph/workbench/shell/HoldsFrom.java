package org.partnergraph.workbench.shell;

import java.awt.FlowLayout;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.partnergraph.plugin.EditRequest;
import org.partnergraph.plugin.Edits;
import org.partnergraph.workbench.context.StatusMessages;

/**
 * The inspector's "Edits hold from" date: empty, an edit holds from today (whatever date the
 * views show); a date makes it an explicitly dated assessment ({@link EditRequest.AsOf}).
 */
final class HoldsFrom extends JPanel {

    private final JTextField field = new JTextField(9);

    HoldsFrom() {
        super(new FlowLayout(FlowLayout.LEFT, 4, 0));
        setName("inspector.holdsFromPanel");
        field.setName("inspector.holdsFrom");
        field.setToolTipText("Empty: edits hold from today. A date (YYYY-MM-DD): they hold from it.");
        JLabel l = new JLabel("Edits hold from");
        l.setLabelFor(field);
        add(l);
        add(field);
        add(new JLabel("(empty: today)"));
        setAlignmentX(LEFT_ALIGNMENT);
    }

    /** {@code edits}, each request dated as the field says. */
    Edits around(Edits edits, StatusMessages messages) {
        return request -> {
            String text = field.getText().strip();
            if (text.isEmpty()) {
                return edits.request(request);
            }
            try {
                return edits.request(new EditRequest.AsOf(request, LocalDate.parse(text)));
            } catch (DateTimeParseException e) {
                messages.error(
                        "'" + text + "' in \"Edits hold from\" is not a date (YYYY-MM-DD); nothing was changed.");
                return CompletableFuture.failedFuture(e);
            }
        };
    }
}
