package org.partnergraph.workbench.shell;

import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.partnergraph.io.DatasetProblem;

/** The problems of the last dataset that failed its checks: file, line, field, reason. */
public final class ProblemsPanel extends JPanel {

    private final JLabel heading = new JLabel("No problems.");
    private final JTable table = new JTable();

    public ProblemsPanel() {
        super(new BorderLayout());
        table.setName("problems.table");
        heading.setName("problems.heading");
        heading.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        add(heading, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        showProblems(null, List.of());
    }

    /** Shows {@code problems} of the dataset in {@code folder} (none clears). */
    public void showProblems(Path folder, List<DatasetProblem> problems) {
        List<Object[]> rows = new ArrayList<>();
        for (DatasetProblem p : problems) {
            rows.add(new Object[] {p.file(), p.line() > 0 ? p.line() : "", p.column(), p.reason()});
        }
        table.setModel(
                new RowsModel(new String[] {"File", "Line", "Field", "Problem"}, rows, Set.of(), (r, c, v) -> {}));
        table.getColumnModel().getColumn(3).setPreferredWidth(500);
        heading.setText(
                problems.isEmpty()
                        ? "No problems."
                        : problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + folder
                                + "; nothing was loaded. Fix them in the files and open the folder again.");
    }

    public int problemCount() {
        return table.getRowCount();
    }
}
