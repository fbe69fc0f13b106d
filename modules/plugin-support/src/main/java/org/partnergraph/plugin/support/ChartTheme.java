package org.partnergraph.plugin.support;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * JFreeChart in the colours of the current look and feel: backgrounds, gridlines, axes, titles and
 * the legend from {@link ThemeColours}. A {@link TextTitle} whose paint was set by the view (a
 * status in its colour) is left alone when it is marked with {@link #KEEP_PAINT} as its id.
 */
public final class ChartTheme {

    /** The id of a title whose own paint is kept (its colour means something). */
    public static final String KEEP_PAINT = "chart-theme.keep-paint";

    private ChartTheme() {}

    /** Applies the current theme to {@code chart}; on the event thread. */
    public static JFreeChart apply(JFreeChart chart) {
        if (chart == null) {
            return null;
        }
        Color background = ThemeColours.background();
        Color text = ThemeColours.text();
        Color secondary = ThemeColours.secondaryText();
        chart.setBackgroundPaint(background);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(text);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setBackgroundPaint(background);
                legend.setItemPaint(text);
            } else if (t instanceof TextTitle title && !KEEP_PAINT.equals(title.getID())) {
                title.setPaint(secondary);
            }
        }
        plot(chart.getPlot(), background, text, secondary);
        return chart;
    }

    private static void plot(Plot plot, Color background, Color text, Color secondary) {
        plot.setBackgroundPaint(ThemeColours.blend(background, text, ThemeColours.isDark() ? 0.04 : 0.0));
        plot.setOutlinePaint(ThemeColours.grid());
        plot.setNoDataMessagePaint(text);
        if (plot instanceof XYPlot xy) {
            Paint grid = ThemeColours.grid();
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), text, secondary);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), text, secondary);
            }
        }
    }

    private static void axis(Axis axis, Color text, Color secondary) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(text);
        axis.setTickLabelPaint(secondary);
        axis.setAxisLinePaint(secondary);
        axis.setTickMarkPaint(secondary);
    }

    /** A chart panel that re-themes its chart when the look and feel changes ({@code updateComponentTreeUI}). */
    public static ChartPanel panel() {
        return new ChartPanel(null, false, false, false, true, true) {
            @Override
            public void updateUI() {
                super.updateUI();
                apply(getChart());
            }

            @Override
            public void setChart(JFreeChart chart) {
                super.setChart(apply(chart));
            }
        };
    }
}
