package org.partnergraph.views.overlaps;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import org.partnergraph.plugin.support.ThemeColours;

/** The heat map's legend: the colour scale from 0 to the largest value, what is measured, the diagonal. */
final class HeatMapLegend {

    private HeatMapLegend() {}

    static void paint(Graphics2D g, OverlapMatrix matrix, int x, int y, int span, double max) {
        FontMetrics fm = g.getFontMetrics();
        int w = Math.max(220, Math.min(320, span));
        for (int i = 0; i < w; i++) {
            g.setColor(HeatMap.colour(i / (double) (w - 1)));
            g.fillRect(x + i, y, 1, 12);
        }
        Color ink = ThemeColours.text();
        g.setColor(ink);
        g.drawRect(x, y, w, 12);
        String label =
                switch (matrix.measure()) {
                    case SHARED -> "shared members";
                    case JACCARD -> "Jaccard (shared / either)";
                    case OVERLAP -> "overlap coefficient (shared / smaller)";
                };
        int text = y + 14 + fm.getAscent();
        g.drawString("0", x, text);
        String top = matrix.format(max);
        g.drawString(top, x + w - fm.stringWidth(top), text);
        g.drawString(label, x + (w - fm.stringWidth(label)) / 2, text);
        g.setColor(ThemeColours.grid());
        g.fillRect(x + w + 16, y, 12, 12);
        g.setColor(ink);
        g.drawString("same group", x + w + 32, y + 10);
    }
}
