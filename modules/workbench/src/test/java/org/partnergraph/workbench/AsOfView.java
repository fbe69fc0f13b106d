package org.partnergraph.workbench;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.GraphModel;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.WorkbenchContext;

/**
 * Packed into a plugin jar by the tests (API 2.1): shows the NHS's rating of Hertfordshire's
 * Objective 2 as of the date the workbench shows, the date, the waves compared, and the reasons
 * of the graph changes it was told, in labels a window test reads.
 */
public class AsOfView implements AnalysisView {

    static final String NHS = "hertfordshire:national-health-service";
    static final String OBJ2 = "hertfordshire:obj-2";

    @Override
    public ViewInfo info() {
        return ViewInfo.of("test.asof", "As-of view").inMenu("Test");
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        GraphModel graph = context.graph();
        JLabel rating = new JLabel();
        rating.setName("test.asof.rating");
        JLabel date = new JLabel();
        date.setName("test.asof.date");
        JLabel compared = new JLabel();
        compared.setName("test.asof.comparison");
        JLabel reasons = new JLabel();
        reasons.setName("test.asof.reasons");
        List<String> told = new ArrayList<>();
        Runnable show = () -> {
            rating.setText(rating(graph.current()));
            date.setText(graph.asOf().map(Object::toString).orElse("now"));
            compared.setText(graph.comparison()
                    .map(c -> c.label() + ": " + rating(c.thenGraph()) + " -> " + rating(c.nowGraph()))
                    .orElse(""));
            reasons.setText(String.join("|", told));
        };
        graph.addGraphListener(change -> {
            told.add(change.reason());
            show.run();
        });
        show.run();
        JPanel p = new JPanel(new GridLayout(0, 1));
        p.add(rating);
        p.add(date);
        p.add(compared);
        p.add(reasons);
        return p;
    }

    static String rating(PartnershipGraph g) {
        return g.influences().stream()
                .filter(i -> i.partnerId().equals(NHS) && i.objectiveId().equals(OBJ2))
                .map(i -> i.influence() + "/" + i.quality())
                .findFirst()
                .orElse("none");
    }
}
