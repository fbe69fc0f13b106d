package org.partnergraph.workbench;

import javax.swing.JComponent;
import org.partnergraph.plugin.AnalysisView;
import org.partnergraph.plugin.ViewInfo;
import org.partnergraph.plugin.WorkbenchContext;

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
