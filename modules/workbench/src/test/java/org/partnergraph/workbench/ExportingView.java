package org.partnergraph.workbench;

import java.util.List;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.partnergraph.model.Partner;
import org.partnergraph.plugin.support.ViewExports;
import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;
import org.partnergraph.plugin.swing.WorkbenchContext;

/** Packed into a plugin jar by the tests: a table of partner names that offers it as CSV (API 1.1). */
public class ExportingView implements AnalysisView {

    @Override
    public ViewInfo info() {
        return ViewInfo.of("test.exporting", "Exporting view").inMenu("Test");
    }

    @Override
    public JComponent create(WorkbenchContext context) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {"Partner"}, 0);
        context.graph().current().partners().stream()
                .map(Partner::name)
                .sorted()
                .forEach(n -> model.addRow(new Object[] {n}));
        JTable table = new JTable(model);
        table.setName("test.exporting.table");
        context.offerExports(List.of(ViewExports.csv(table), ViewExports.png(table)));
        return new JScrollPane(table);
    }
}
