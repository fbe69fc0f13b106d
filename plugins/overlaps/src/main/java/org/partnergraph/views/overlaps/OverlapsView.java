package org.partnergraph.views.overlaps;

import javax.swing.JComponent;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.ViewPosition;
import org.partnergraph.plugin.swing.WorkbenchContext;
import org.pf4j.Extension;

/** Group overlaps as a seriated heat map, merge candidates, co-membership and bridges (docs/views/overlaps.md). */
@Extension
public class OverlapsView implements AnalysisView {

    /** The view's id. */
    public static final String ID = "overlaps.heatmap";

    @Override
    public ViewInfo info() {
        return ViewInfo.of(ID, "Overlaps").inMenu("Analysis").at(ViewPosition.CENTER);
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        return new OverlapsPanel(context);
    }
}
