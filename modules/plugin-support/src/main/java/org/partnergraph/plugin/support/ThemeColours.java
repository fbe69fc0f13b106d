package org.partnergraph.plugin.support;

import java.awt.Color;
import javax.swing.UIManager;

/**
 * The current look and feel's colours, read from {@link UIManager} each time (so a view that asks
 * when it paints, or on {@code updateUI}, follows a theme switch), and WCAG 2 contrast.
 */
public final class ThemeColours {

    /** WCAG 2 AA for normal text. */
    public static final double TEXT_CONTRAST = 4.5;

    private ThemeColours() {}

    /** The panel background, white without a look and feel. */
    public static Color background() {
        return colour("Panel.background", Color.WHITE);
    }

    /** The label foreground, black without a look and feel. */
    public static Color text() {
        return colour("Label.foreground", Color.BLACK);
    }

    /** A faint line on the background: gridlines, separators. */
    public static Color grid() {
        return blend(background(), text(), 0.16);
    }

    /** Secondary text: still at least {@link #TEXT_CONTRAST} against the background. */
    public static Color secondaryText() {
        return readable(blend(background(), text(), 0.72), background());
    }

    /** True when the background is darker than mid grey. */
    public static boolean isDark() {
        return luminance(background()) < 0.18;
    }

    /** {@code UIManager.getColor(key)}, or {@code fallback} when the look and feel has none. */
    public static Color colour(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c == null ? fallback : new Color(c.getRGB(), true);
    }

    /** {@code a} moved {@code t} (0..1) of the way to {@code b}, opaque. */
    public static Color blend(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /** WCAG 2 relative luminance, 0 (black) to 1 (white). */
    public static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** WCAG 2 contrast ratio of two colours, 1 to 21. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * {@code colour}, moved towards black on a light background or towards white on a dark one in
     * small steps until its contrast with {@code background} reaches {@link #TEXT_CONTRAST}: the same
     * hue, readable as text.
     */
    public static Color readable(Color colour, Color background) {
        Color towards = luminance(background) < 0.18 ? Color.WHITE : Color.BLACK;
        Color c = colour;
        for (int step = 1; step <= 20 && contrast(c, background) < TEXT_CONTRAST; step++) {
            c = blend(colour, towards, step / 20.0);
        }
        return c;
    }
}
