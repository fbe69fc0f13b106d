package org.partnergraph.views.trajectories;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.partnergraph.analytics.trajectory.MakingDataCount;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.model.Polarity;
import org.partnergraph.plugin.support.ChartTheme;
import org.partnergraph.plugin.support.ThemeColours;

/** Builds the JFreeChart of one trajectory from its {@link ChartData}. */
final class TrajectoryChart {

    @SuppressWarnings("ArrayRecordComponent") // a constant stroke dash, read to draw; never compared
    private record Look(
            Color colour, boolean lines, boolean shapes, Shape shape, boolean filled, float[] dash, float width) {}

    private static final Shape CIRCLE = new Ellipse2D.Double(-4.5, -4.5, 9, 9);
    private static final Shape SQUARE = new Rectangle2D.Double(-4.5, -4.5, 9, 9);
    private static final Shape DIAMOND = diamond();
    private static final Shape CROSS = cross();
    private static final float[] DASHED = {6f, 4f};
    private static final float[] DOTTED = {2f, 3f};

    private static final Map<String, Look> LOOKS = Map.of(
            ChartData.BASELINE, new Look(new Color(0x55, 0x60, 0x70), true, true, DIAMOND, true, null, 1.5f),
            ChartData.ACTUAL, new Look(new Color(0x1F, 0x5F, 0xBF), true, true, CIRCLE, true, null, 2f),
            ChartData.TARGET, new Look(new Color(0x2E, 0x9E, 0x5B), false, true, SQUARE, false, null, 2f),
            ChartData.TARGET_PATH, new Look(new Color(0x2E, 0x9E, 0x5B), true, false, null, false, DOTTED, 1.5f),
            ChartData.FORECAST, new Look(new Color(0x8E, 0x44, 0xAD), true, true, CIRCLE, false, DASHED, 1.5f),
            ChartData.XMR_MEAN, new Look(new Color(0x80, 0x80, 0x80), true, false, null, false, null, 1f),
            ChartData.XMR_UPPER, new Look(new Color(0xB0, 0x60, 0x60), true, false, null, false, DASHED, 1f),
            ChartData.XMR_LOWER, new Look(new Color(0xB0, 0x60, 0x60), true, false, null, false, DASHED, 1f),
            ChartData.SPECIAL_CAUSE, new Look(StatusColours.OFF_TRACK, false, true, CROSS, true, null, 2f));

    private TrajectoryChart() {}

    /** The chart of {@code data}: title, status and polarity subtitle, unit on the value axis, periods on the time axis. */
    static JFreeChart build(ChartData data, boolean xmr) {
        Trajectory t = data.trajectory();
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        int index = 0;
        for (String name : data.seriesNames()) {
            XYSeries series = new XYSeries(name, false, true);
            for (ChartData.Point p : data.series(name)) {
                series.add((double) millis(p.date()), p.value());
            }
            dataset.addSeries(series);
            Look look = LOOKS.get(name);
            renderer.setSeriesPaint(index, ThemeColours.readable(look.colour(), ThemeColours.background()));
            renderer.setSeriesLinesVisible(index, look.lines());
            renderer.setSeriesShapesVisible(index, look.shapes());
            renderer.setSeriesShapesFilled(index, look.filled());
            if (look.shape() != null) {
                renderer.setSeriesShape(index, look.shape());
            }
            renderer.setSeriesStroke(
                    index,
                    look.dash() == null
                            ? new BasicStroke(look.width())
                            : new BasicStroke(
                                    look.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, look.dash(), 0f));
            index++;
        }
        renderer.setUseFillPaint(true);
        renderer.setDefaultFillPaint(ThemeColours.background());
        renderer.setDefaultToolTipGenerator(tooltips(data));

        DateAxis time = new DateAxis("Period end");
        SimpleDateFormat format = new SimpleDateFormat("yyyy", Locale.UK);
        format.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        time.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        time.setDateFormatOverride(format);
        time.setTickUnit(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.YEAR, 1, format));
        time.setLowerMargin(0.04);
        time.setUpperMargin(0.04);
        String unit = t.indicator().unit() == null || t.indicator().unit().isBlank()
                ? "value"
                : t.indicator().unit();
        NumberAxis value = new NumberAxis(unit);
        value.setAutoRangeIncludesZero(false);
        value.setInverted(false);
        XYPlot plot = new XYPlot(dataset, time, value, renderer);
        plot.setDomainGridlinesVisible(true);

        JFreeChart chart = new JFreeChart(data.label(), new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        TextTitle status = new TextTitle(subtitle(t), new Font(Font.SANS_SERIF, Font.BOLD, 12));
        status.setPaint(StatusColours.text(t.status()));
        status.setID(ChartTheme.KEEP_PAINT);
        chart.addSubtitle(status);
        if (xmr) {
            TextTitle control =
                    new TextTitle("XmR: " + t.control().summary(), new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            chart.addSubtitle(control);
            new MakingDataCount()
                    .assess(t)
                    .ifPresent(m -> chart.addSubtitle(new TextTitle(
                            "Making Data Count: " + m.variation().label() + "  \u00b7  "
                                    + m.assurance().label(),
                            new Font(Font.SANS_SERIF, Font.PLAIN, 11))));
        }
        return ChartTheme.apply(chart);
    }

    /** {@code off track · lower is better ↓ · latest 50 (Mar 2009) against 55.3 expected}. */
    static String subtitle(Trajectory t) {
        StringBuilder sb = new StringBuilder(t.status().label());
        sb.append("  \u00b7  ").append(polarity(t.polarity()));
        t.latestActual().ifPresent(a -> sb.append("  \u00b7  latest ")
                .append(ChartData.number(a.value()))
                .append(" (")
                .append(a.date())
                .append(')'));
        if (t.expected().isPresent()) {
            sb.append(" against ")
                    .append(ChartData.number(round(t.expected().getAsDouble())))
                    .append(" expected");
        }
        sb.append("  \u00b7  direction ").append(t.direction().label());
        return sb.toString();
    }

    static String polarity(Polarity p) {
        return switch (p) {
            case HIGHER_IS_BETTER -> "higher is better \u2191";
            case LOWER_IS_BETTER -> "lower is better \u2193";
            case UNKNOWN -> "polarity not stated";
        };
    }

    private static XYToolTipGenerator tooltips(ChartData data) {
        return (dataset, series, item) -> {
            String name = dataset.getSeriesKey(series).toString();
            List<ChartData.Point> points = data.series(name);
            if (item >= points.size()) {
                return name;
            }
            ChartData.Point p = points.get(item);
            String when = p.period().isEmpty() ? p.date().toString() : p.period() + " (to " + p.date() + ")";
            return name + ": " + ChartData.number(p.value()) + " "
                    + data.trajectory().indicator().unit() + ", " + when
                    + (p.note().isEmpty() ? "" : " \u2014 " + p.note());
        };
    }

    static long millis(java.time.LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static Shape diamond() {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -5);
        p.lineTo(5, 0);
        p.lineTo(0, 5);
        p.lineTo(-5, 0);
        p.closePath();
        return p;
    }

    private static Shape cross() {
        Path2D p = new Path2D.Double();
        p.append(new Line2D.Double(-5, -5, 5, 5), false);
        p.append(new Line2D.Double(-5, 5, 5, -5), false);
        return new BasicStroke(2.5f).createStrokedShape(p);
    }
}
