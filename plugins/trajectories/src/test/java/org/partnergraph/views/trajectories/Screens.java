package org.partnergraph.views.trajectories;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Period;
import org.partnergraph.model.Polarity;
import org.partnergraph.model.Provenance;
import org.partnergraph.plugin.swing.testing.OffscreenPaint;
import org.partnergraph.workbench.shell.Themes;

/** Views painted off-screen at a size, in light or dark, as a user would see them; and a made-up series. */
final class Screens {

    private Screens() {}

    static void theme(boolean dark) throws Exception {
        SwingUtilities.invokeAndWait(() -> Themes.install(dark));
    }

    /** Lays {@code view} out at {@code size} and paints it, as the workbench would at that size. */
    static BufferedImage paint(JComponent view, Dimension size) {
        return OffscreenPaint.paint(view, size);
    }

    static Path save(BufferedImage image, String name) throws Exception {
        return OffscreenPaint.save(image, name);
    }

    /** The id of the made-up indicator {@link #withMadeUpSeries} adds. */
    static final String MADE_UP = "example:made-up-rate";

    /**
     * {@code graph} plus one MADE-UP indicator (not from any source: the seeds have at most three points
     * per series, too few for Making Data Count icons), 24 monthly actuals from a baseline of 40, the last
     * seven falling below the mean, higher is better, target 45.
     */
    static PartnershipGraph withMadeUpSeries(PartnershipGraph graph) {
        PartnershipGraph.Builder b = graph.toBuilder();
        b.indicators.add(new Indicator(
                MADE_UP,
                "EX 1",
                "Made-up rate (an example, not real data)",
                "%",
                Polarity.HIGHER_IS_BETTER,
                List.of(),
                "",
                "",
                "",
                "example",
                Provenance.NONE));
        double[] values = {
            40, 41, 39.5, 40.5, 42, 40, 41.5, 39, 40.5, 41, 40, 42.5, 41, 40, 41.5, 40.5, 41, 38.5, 38, 38.5, 37.5, 38,
            37, 37.5
        };
        LocalDate start = LocalDate.of(2024, 4, 1);
        for (int i = 0; i < values.length; i++) {
            LocalDate from = start.plusMonths(i);
            MeasurementKind kind = i == 0 ? MeasurementKind.BASELINE : MeasurementKind.ACTUAL;
            b.measurements.add(measurement("m" + i, Period.parse(from.toString().substring(0, 7)), kind, values[i]));
        }
        b.measurements.add(measurement("t", Period.parse("2025/26"), MeasurementKind.TARGET, 45));
        return b.build();
    }

    private static Measurement measurement(String id, Period period, MeasurementKind kind, double v) {
        return new Measurement("example:" + id, MADE_UP, period, kind, v, "", "example", Provenance.of("made up"));
    }
}
