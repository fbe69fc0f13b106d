package org.partnergraph.workbench.shell;

import java.awt.BorderLayout;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/** What a view shows in its place when its plugin threw: one sentence, and the details below. */
public final class ErrorPanel extends JPanel {

    public ErrorPanel(String sentence, Throwable error) {
        super(new BorderLayout(0, 8));
        setName("view.error");
        setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        JLabel label = new JLabel(
                "<html><b>This view failed.</b> " + escape(sentence)
                        + "<br>The rest of the workbench is not affected; the plugin manager lists the plugin as failed.</html>");
        label.setName("view.error.message");
        add(label, BorderLayout.NORTH);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        JTextArea details = new JTextArea(trace.toString());
        details.setEditable(false);
        details.setRows(12);
        add(new JScrollPane(details), BorderLayout.CENTER);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
