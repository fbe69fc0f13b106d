package org.partnergraph.views.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.List;

/**
 * The legend, painted by the canvas in its top-right corner, so it is in the PNG and SVG exports
 * too: headings and entries (a swatch in the node's shape and a text), in one column, or two when
 * one would not fit the height. Colours from the theme.
 */
final class NetworkLegend {

    /** One line: a heading (no swatch) or an entry. */
    record Entry(String text, Color colour, NetworkModel.Kind kind, boolean heading) {
        static Entry heading(String text) {
            return new Entry(text, null, null, true);
        }

        static Entry of(String text, Color colour, NetworkModel.Kind kind) {
            return new Entry(text, colour, kind, false);
        }
    }

    private static final int PAD = 8;
    private static final int SWATCH = 16;

    private NetworkLegend() {}

    /** Paints the entries; returns the box they take (empty when there are none). */
    static Rectangle paint(Graphics2D g, List<Entry> entries, NetworkTheme theme, Font base, int width, int height) {
        if (entries.isEmpty()) {
            return new Rectangle();
        }
        Font plain = base.deriveFont(Font.PLAIN, 12f);
        Font bold = base.deriveFont(Font.BOLD, 12f);
        FontMetrics fm = g.getFontMetrics(plain);
        int line = fm.getHeight() + 2;
        int columns = entries.size() * line + 2 * PAD > height - 16 ? 2 : 1;
        int perColumn = (entries.size() + columns - 1) / columns;
        int columnWidth = 0;
        for (Entry e : entries) {
            columnWidth = Math.max(
                    columnWidth, g.getFontMetrics(e.heading() ? bold : plain).stringWidth(e.text()));
        }
        columnWidth += SWATCH + 6;
        Rectangle box = new Rectangle(
                width - columns * (columnWidth + PAD) - PAD - 8,
                8,
                columns * (columnWidth + PAD) + PAD,
                perColumn * line + 2 * PAD);
        g.setColor(theme.legendBox());
        g.fillRoundRect(box.x, box.y, box.width, box.height, 8, 8);
        g.setColor(NodeShapes.blend(theme.background(), theme.text(), 0.3));
        g.setStroke(new BasicStroke(1f));
        g.drawRoundRect(box.x, box.y, box.width, box.height, 8, 8);
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            int x = box.x + PAD + (k / perColumn) * (columnWidth + PAD);
            int y = box.y + PAD + (k % perColumn) * line;
            if (e.heading()) {
                g.setFont(bold);
                g.setColor(theme.text());
                g.drawString(e.text(), x, y + fm.getAscent());
                continue;
            }
            g.setColor(e.colour());
            g.fill(NodeShapes.shape(e.kind(), x + SWATCH / 2.0, y + line / 2.0 - 1, 5.5));
            g.setFont(plain);
            g.setColor(theme.text());
            g.drawString(e.text(), x + SWATCH + 4, y + fm.getAscent());
        }
        return box;
    }
}
