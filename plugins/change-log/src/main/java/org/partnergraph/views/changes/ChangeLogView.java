package org.partnergraph.views.changes;

import javax.swing.JComponent;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.ViewPosition;
import org.partnergraph.plugin.swing.WorkbenchContext;
import org.pf4j.Extension;

/** The change log of the history (docs/views/change-log.md). */
@Extension
public class ChangeLogView implements AnalysisView {

    /** The view's id. */
    public static final String ID = "history.changes";

    @Override
    public ViewInfo info() {
        return ViewInfo.of(ID, "Change log").inMenu("Analysis").at(ViewPosition.CENTER);
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        return new ChangeLogPanel(context);
    }
}
