package org.partnergraph.views.trajectories;

import javax.swing.JComponent;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.ViewPosition;
import org.partnergraph.plugin.swing.WorkbenchContext;
import org.pf4j.Extension;

/** One indicator's trajectory against its targets, and who can move it (docs/views/trajectories.md). */
@Extension
public class TrajectoryChartView implements AnalysisView {

    /** The view's id. */
    public static final String ID = "trajectories.chart";

    @Override
    public ViewInfo info() {
        return ViewInfo.of(ID, "Indicator trajectory").inMenu("Analysis").at(ViewPosition.CENTER);
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        return new TrajectoryPanel(context);
    }
}
