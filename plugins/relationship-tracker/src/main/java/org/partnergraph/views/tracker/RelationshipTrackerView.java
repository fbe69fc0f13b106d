package org.partnergraph.views.tracker;

import javax.swing.JComponent;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.ViewPosition;
import org.partnergraph.plugin.swing.WorkbenchContext;
import org.pf4j.Extension;

/** The engagement tracker, editable (docs/views/relationship-tracker.md). */
@Extension
public class RelationshipTrackerView implements AnalysisView {

    /** The view's id. */
    public static final String ID = "tracker.relationships";

    @Override
    public ViewInfo info() {
        return ViewInfo.of(ID, "Relationship tracker").inMenu("Analysis").at(ViewPosition.CENTER);
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        return new TrackerPanel(context);
    }
}
