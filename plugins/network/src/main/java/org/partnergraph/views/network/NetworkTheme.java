package org.partnergraph.views.network;

import java.awt.Color;
import javax.swing.UIManager;

/**
 * The colours the canvas draws with, read from the look and feel (FlatLaf light or dark) at each
 * paint: the background, the text (labels, legend), the edges and the boxes behind labels. The
 * label and legend text is the theme's own label colour on the theme's own panel colour, so its
 * contrast is the theme's (at least 4.5:1 in FlatLaf light and dark: NetworkThemeTest).
 *
 * @param background the canvas
 * @param text labels and the legend
 * @param edge edges not touching the selection: a third of the way from the background to the text
 * @param labelBox the box behind a label, the background nearly opaque
 * @param legendBox the legend's box, a shade off the background
 */
record NetworkTheme(Color background, Color text, Color edge, Color labelBox, Color legendBox) {

    static NetworkTheme current() {
        Color background = UIManager.getColor("Panel.background");
        Color text = UIManager.getColor("Label.foreground");
        background = background == null ? Color.WHITE : background;
        text = text == null ? Color.BLACK : text;
        return new NetworkTheme(
                background,
                text,
                NodeShapes.blend(background, text, 0.38),
                new Color(background.getRed(), background.getGreen(), background.getBlue(), 215),
                NodeShapes.blend(background, text, 0.06));
    }

    /** Whether the background is dark (the luminance of its colour under 0.4). */
    boolean dark() {
        return luminance(background) < 0.4;
    }

    /** The WCAG 2.1 contrast ratio of two colours, 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2.1 relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
