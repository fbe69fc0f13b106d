package org.partnergraph.views.network;

import javax.swing.JComponent;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.ViewPosition;
import org.partnergraph.plugin.swing.WorkbenchContext;
import org.pf4j.Extension;

/** Partners and groups as a force-directed network (docs/views/network.md). */
@Extension
public class NetworkView implements AnalysisView {

    /** The view's id. */
    public static final String ID = "network.graph";

    @Override
    public ViewInfo info() {
        return ViewInfo.of(ID, "Network").inMenu("Analysis").at(ViewPosition.CENTER);
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        return new NetworkPanel(context);
    }
}
