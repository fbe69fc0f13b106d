package org.partnergraph.plugin.support;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.partnergraph.plugin.swing.ViewExport;

/**
 * The usual {@link ViewExport}s, each writing what is on screen: a component or chart as PNG or
 * SVG at the size it is shown, a table as CSV in the order, columns and filter it is shown with.
 *
 * <pre>{@code
 * context.offerExports(List.of(
 *         ViewExports.png(chartPanel), ViewExports.svg(chart, chartPanel), ViewExports.csv(table)));
 * }</pre>
 *
 * <p>Support for the built-in plugins (and the workbench's headless renderer), not part of the plugin API.
 */
public final class ViewExports {

    /** The size a component is drawn at when it has not been laid out (the command line has no window). */
    public static final Dimension DEFAULT_SIZE = new Dimension(1200, 800);

    private ViewExports() {}

    /** An export with the given name and extension that runs {@code writer}. */
    public static ViewExport of(String name, String extension, Writing writer) {
        Objects.requireNonNull(writer, "writer");
        return new ViewExport() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String fileExtension() {
                return extension;
            }

            @Override
            public void write(OutputStream out) throws IOException {
                writer.write(out);
            }

            @Override
            public String toString() {
                return name + " (." + extension + ")";
            }
        };
    }

    /** What an export does with the stream. */
    @FunctionalInterface
    public interface Writing {
        void write(OutputStream out) throws IOException;
    }

    /** {@code component} as it is painted now, as a PNG image. */
    public static ViewExport png(JComponent component) {
        return of("PNG image", "png", out -> {
            Dimension size = laidOut(component);
            BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                paint(component, g, size);
            } finally {
                g.dispose();
            }
            ImageIO.write(image, "png", out);
        });
    }

    /** {@code component} as it is painted now, as an SVG drawing (vector where the component paints vectors). */
    public static ViewExport svg(JComponent component) {
        return of("SVG drawing", "svg", out -> {
            Dimension size = laidOut(component);
            SVGGraphics2D g = new SVGGraphics2D(size.width, size.height);
            paint(component, g, size);
            writeText(out, g.getSVGDocument());
        });
    }

    /** {@code chart} drawn at the size {@code shownIn} has on screen, as a PNG image. */
    public static ViewExport png(JFreeChart chart, JComponent shownIn) {
        return of("PNG image", "png", out -> {
            Dimension size = laidOut(shownIn);
            BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                chart.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
            } finally {
                g.dispose();
            }
            ImageIO.write(image, "png", out);
        });
    }

    /** {@code chart} drawn at the size {@code shownIn} has on screen, as an SVG drawing (all vectors). */
    public static ViewExport svg(JFreeChart chart, JComponent shownIn) {
        return of("SVG drawing", "svg", out -> {
            Dimension size = laidOut(shownIn);
            SVGGraphics2D g = new SVGGraphics2D(size.width, size.height);
            chart.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
            writeText(out, g.getSVGDocument());
        });
    }

    /** The rows {@code table} shows, in its sort order and filter, with its visible columns in their order. */
    public static ViewExport csv(JTable table) {
        return csv("CSV table", () -> rowsOf(table));
    }

    /** Rows made by {@code rows} (the first is the header) as CSV, UTF-8, RFC 4180. */
    public static ViewExport csv(String name, Supplier<List<List<String>>> rows) {
        return of(name, "csv", out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            for (List<String> row : rows.get()) {
                printer.printRecord(row);
            }
            printer.flush();
        });
    }

    /** The header and rows {@code table} shows, as text, in view order. */
    public static List<List<String>> rowsOf(JTable table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < table.getColumnCount(); c++) {
            header.add(table.getColumnName(c));
        }
        rows.add(header);
        for (int r = 0; r < table.getRowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                Object value = table.getValueAt(r, c);
                row.add(value == null ? "" : value.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The component's size, laying it out at {@link #DEFAULT_SIZE} first when it has none. A
     * component outside a window (the command line) is laid out here: Swing lays out only what
     * is on a screen.
     */
    public static Dimension laidOut(JComponent component) {
        if (component.getWidth() <= 0 || component.getHeight() <= 0) {
            component.setSize(DEFAULT_SIZE);
            layoutTree(component);
        } else if (!component.isDisplayable()) {
            layoutTree(component);
        }
        return component.getSize();
    }

    private static void layoutTree(Component c) {
        if (c instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layoutTree(child);
            }
        }
    }

    private static void paint(JComponent component, Graphics2D g, Dimension size) {
        Color background = component.getBackground();
        g.setColor(background == null ? Color.WHITE : background);
        g.fillRect(0, 0, size.width, size.height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        component.printAll(g);
    }

    private static void writeText(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
