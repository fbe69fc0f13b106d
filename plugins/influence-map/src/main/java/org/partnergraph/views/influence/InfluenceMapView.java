package org.partnergraph.views.influence;

import javax.swing.JComponent;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.ViewPosition;
import org.partnergraph.plugin.swing.WorkbenchContext;
import org.pf4j.Extension;

/** The power / relationship grid of the outcome table, and the partners ranked (docs/views/influence-map.md). */
@Extension
public class InfluenceMapView implements AnalysisView {

    /** The view's id. */
    public static final String ID = "influence.map";

    @Override
    public ViewInfo info() {
        return ViewInfo.of(ID, "Influence map").inMenu("Analysis").at(ViewPosition.CENTER);
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        return new InfluencePanel(context);
    }
}
