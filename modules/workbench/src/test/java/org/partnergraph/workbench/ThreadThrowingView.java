package org.partnergraph.workbench;

import javax.swing.JComponent;
import javax.swing.JLabel;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.WorkbenchContext;

/** Packed into a plugin jar by the tests: a view that starts a thread of its own that throws. */
public class ThreadThrowingView implements AnalysisView {

    @Override
    public ViewInfo info() {
        return ViewInfo.of("test.thread", "Thread view").inMenu("Test");
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        Thread t = new Thread(
                () -> {
                    throw new IllegalStateException("the thread always throws");
                },
                "test-plugin-thread");
        t.start();
        return new JLabel("Started a thread");
    }
}
