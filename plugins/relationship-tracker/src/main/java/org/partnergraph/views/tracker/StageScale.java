package org.partnergraph.views.tracker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.TableCellRenderer;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Stage;

/**
 * The four stages (Compete, Co-exist, Cooperate, Collaborate) as a scale of four dots: stage now
 * filled, stage wanted ringed, an arrow from now to wanted when they differ.
 */
final class StageScale extends JComponent implements TableCellRenderer {

    static final Color NOW = new Color(0x2B, 0x7B, 0xD0);
    static final Color WANTED = new Color(0x2E, 0x9E, 0x5B);

    private Relationship row;
    private Color background;

    @Override
    public Component getTableCellRendererComponent(
            JTable table, Object value, boolean isSelected, boolean hasFocus, int r, int column) {
        row = (Relationship) value;
        background = isSelected ? table.getSelectionBackground() : table.getBackground();
        Stage now = row == null ? null : row.now();
        Stage wanted = row == null ? null : row.wanted();
        setToolTipText(
                row == null
                        ? null
                        : "now " + (now == null ? "not stated" : now.label()) + ", wanted "
                                + (wanted == null ? "not stated" : wanted.label())
                                + (row.stageGap() > 0
                                        ? " (" + row.stageGap() + (row.stageGap() == 1 ? " step)" : " steps)")
                                        : ""));
        return this;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(background);
            g.fillRect(0, 0, getWidth(), getHeight());
            int n = Stage.values().length;
            int pad = 10;
            int y = getHeight() / 2;
            double step = (getWidth() - 2.0 * pad) / (n - 1);
            Color line = UIManager.getColor("Label.disabledForeground");
            g.setColor(line == null ? Color.GRAY : line);
            g.setStroke(new BasicStroke(1f));
            g.drawLine(pad, y, (int) (pad + step * (n - 1)), y);
            for (int i = 0; i < n; i++) {
                int x = (int) Math.round(pad + step * i);
                g.fillOval(x - 2, y - 2, 4, 4);
            }
            if (row == null) {
                return;
            }
            if (row.now() != null && row.wanted() != null && row.now() != row.wanted()) {
                double x0 = pad + step * row.now().rung();
                double x1 = pad + step * row.wanted().rung();
                g.setColor(WANTED);
                g.setStroke(new BasicStroke(2f));
                double end = x1 - Math.signum(x1 - x0) * 7;
                g.draw(new java.awt.geom.Line2D.Double(x0, y, end, y));
                Path2D head = new Path2D.Double();
                double dir = Math.signum(x1 - x0);
                head.moveTo(end + dir * 1, y);
                head.lineTo(end - dir * 5, y - 4);
                head.lineTo(end - dir * 5, y + 4);
                head.closePath();
                g.fill(head);
            }
            if (row.wanted() != null) {
                int x = (int) Math.round(pad + step * row.wanted().rung());
                g.setColor(WANTED);
                g.setStroke(new BasicStroke(2f));
                g.drawOval(x - 6, y - 6, 12, 12);
            }
            if (row.now() != null) {
                int x = (int) Math.round(pad + step * row.now().rung());
                g.setColor(NOW);
                g.fillOval(x - 5, y - 5, 10, 10);
            }
        } finally {
            g.dispose();
        }
    }
}
