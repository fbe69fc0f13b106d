package org.partnergraph.plugin.swing;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/**
 * Filter-as-you-type in one line: {@code TextChanges.onChange(findField, this::applyFilter)}.
 *
 * @since 2.0 (1.x's {@code org.partnergraph.plugin.swing.TextChanges}, 1.1)
 */
public final class TextChanges {

    private TextChanges() {}

    /**
     * Runs {@code action} on the event thread after every insert, removal or change of {@code field}'s text.
     *
     * @since 2.0
     */
    public static void onChange(JTextComponent field, Runnable action) {
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                action.run();
            }
        });
    }
}
