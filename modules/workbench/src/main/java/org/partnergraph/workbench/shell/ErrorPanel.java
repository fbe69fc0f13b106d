package org.partnergraph.workbench.shell;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * What a view shows in its place when its plugin threw: one sentence, a Restart view button that
 * creates the view again, and the details below.
 */
public final class ErrorPanel extends JPanel {

    /** @param restart creates the view again; null for no button */
    public ErrorPanel(String sentence, Throwable error, Runnable restart) {
        super(new BorderLayout(0, 8));
        setName("view.error");
        setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        JLabel label = new JLabel("<html><b>This view failed.</b> " + escape(sentence)
                + "<br>The rest of the workbench is not affected; the plugin manager lists the plugin as failed"
                + " until the view works again.</html>");
        label.setName("view.error.message");
        JPanel top = new JPanel(new BorderLayout(0, 6));
        top.add(label, BorderLayout.NORTH);
        if (restart != null) {
            JButton again = new JButton("Restart view");
            again.setName("view.error.restart");
            again.setToolTipText("Create the view again, with the plugin's code as it is loaded now");
            again.addActionListener(e -> restart.run());
            JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
            buttons.add(again);
            top.add(buttons, BorderLayout.SOUTH);
        }
        add(top, BorderLayout.NORTH);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        JTextArea details = new JTextArea(trace.toString());
        details.setName("view.error.details");
        details.setEditable(false);
        details.setRows(12);
        add(new JScrollPane(details), BorderLayout.CENTER);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
