package org.partnergraph.views.trajectories;

import javax.swing.JComponent;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.ViewPosition;
import org.partnergraph.plugin.swing.WorkbenchContext;
import org.pf4j.Extension;

/** Every indicator as a small multiple with its status (docs/views/trajectories.md). */
@Extension
public class DashboardView implements AnalysisView {

    /** The view's id. */
    public static final String ID = "trajectories.dashboard";

    @Override
    public ViewInfo info() {
        return ViewInfo.of(ID, "Indicator dashboard").inMenu("Analysis").at(ViewPosition.CENTER);
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        return new DashboardPanel(context);
    }
}
