package org.partnergraph.workbench;

import javax.swing.JComponent;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.WorkbenchContext;

/** Packed into a plugin jar by the tests (not annotated, so the class path does not offer it). */
public class ThrowingView implements AnalysisView {

    @Override
    public ViewInfo info() {
        return ViewInfo.of("test.throwing", "Throwing view").inMenu("Test");
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        throw new IllegalStateException("the throwing view always throws");
    }
}
