package org.partnergraph.workbench;

import javax.swing.JComponent;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.WorkbenchContext;

/** Packed into a plugin jar by the tests: a view whose paint code throws ({@link ThrowingPaint}). */
public class PaintThrowingView implements AnalysisView {

    @Override
    public ViewInfo info() {
        return ViewInfo.of("test.paint", "Paint view").inMenu("Test");
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        return new ThrowingPaint();
    }
}
