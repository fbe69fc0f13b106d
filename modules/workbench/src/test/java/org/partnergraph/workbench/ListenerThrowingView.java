package org.partnergraph.workbench;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.WorkbenchContext;

/** Packed into a plugin jar by the tests: a view whose button's own Swing listener throws. */
public class ListenerThrowingView implements AnalysisView {

    @Override
    public ViewInfo info() {
        return ViewInfo.of("test.listener", "Listener view").inMenu("Test");
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        JPanel panel = new JPanel();
        JButton button = new JButton("Throw");
        button.setName("test.listener.button");
        button.addActionListener(e -> {
            throw new IllegalStateException("the listener always throws");
        });
        panel.add(button);
        return panel;
    }
}
