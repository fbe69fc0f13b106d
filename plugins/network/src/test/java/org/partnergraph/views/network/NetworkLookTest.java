package org.partnergraph.views.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.swing.testing.StubWorkbenchContext;

/**
 * How the network looks on Hertfordshire in FlatLaf light and dark, without a window: the legend is
 * in the exported PNG (by pixel sample) and SVG, the text reaches WCAG contrast 4.5:1, and the whole
 * view is rendered at 1280x800 to target/screenshots/network-{light,dark}.png to be looked at.
 */
class NetworkLookTest {

    static PartnershipGraph hertfordshire;
    private final LookAndFeel before = UIManager.getLookAndFeel();

    @BeforeAll
    static void read() throws Exception {
        hertfordshire = BundleReader.read(Path.of("../../graphs/hertfordshire")).graph();
    }

    @AfterEach
    void restore() throws Exception {
        UIManager.setLookAndFeel(before);
    }

    @Test
    void theLegendIsDrawnIntoThePngAndTheSvg() throws Exception {
        UIManager.setLookAndFeel(new FlatLightLaf());
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        NetworkPanel panel = rendered(context, "light");
        NetworkCanvas canvas = panel.canvas();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes(context, "png")));
        Rectangle box = canvas.legendBox;
        assertThat(box.width).as("legend width").isGreaterThan(100);
        assertThat(box.x + box.width).isLessThanOrEqualTo(png.getWidth());
        NetworkTheme theme = NetworkTheme.current();
        assertThat(new Color(png.getRGB(box.x + 3, box.y + box.height / 2)))
                .as("the legend's box, in the PNG")
                .isEqualTo(theme.legendBox());
        int entries = 0;
        for (NetworkLegend.Entry e : canvas.legendEntries()) {
            if (!e.heading()) {
                assertThat(count(png, box, e.colour()))
                        .as("pixels of the swatch of " + e.text())
                        .isGreaterThan(12);
                entries++;
            }
        }
        assertThat(entries).as("legend entries").isGreaterThan(10);
        String svg = new String(bytes(context, "svg"), StandardCharsets.UTF_8);
        assertThat(svg).contains("Colour: Partner type").contains("local authority (");

        panel.controls().legend.doClick();
        assertThat(context.settings().getBoolean("legend", true)).isFalse();
        BufferedImage without = ImageIO.read(new ByteArrayInputStream(bytes(context, "png")));
        assertThat(count(without, box, canvas.legendEntries().isEmpty() ? theme.legendBox() : Color.MAGENTA))
                .as("no legend box once the legend is hidden")
                .isLessThan(box.width * box.height / 4);
    }

    @Test
    void labelsAndLegendFollowTheThemeWithContrastOfAtLeastFourAndAHalf() throws Exception {
        Color[] backgrounds = new Color[2];
        int k = 0;
        for (LookAndFeel laf : new LookAndFeel[] {new FlatLightLaf(), new FlatDarkLaf()}) {
            UIManager.setLookAndFeel(laf);
            NetworkTheme theme = NetworkTheme.current();
            backgrounds[k++] = theme.background();
            assertThat(NetworkTheme.contrast(theme.text(), theme.background()))
                    .as(laf.getName() + ": labels on the canvas")
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(NetworkTheme.contrast(theme.text(), theme.legendBox()))
                    .as(laf.getName() + ": legend text on its box")
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(NetworkTheme.contrast(theme.text(), over(theme.labelBox(), theme.edge())))
                    .as(laf.getName() + ": a label's box over an edge")
                    .isGreaterThanOrEqualTo(4.5);
            StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
            NetworkPanel panel = rendered(context, laf instanceof FlatDarkLaf ? "dark" : "light");
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes(context, "png")));
            assertThat(new Color(png.getRGB(2, png.getHeight() / 2)))
                    .as(laf.getName() + ": the canvas background")
                    .isEqualTo(theme.background());
            assertThat(panel.canvas().legendBox.isEmpty()).isFalse();
        }
        assertThat(NetworkTheme.luminance(backgrounds[1]))
                .as("the dark theme's canvas is dark")
                .isLessThan(NetworkTheme.luminance(backgrounds[0]) / 4);
    }

    @Test
    void theStressLayoutByCommunityWithTheStripOpenHasItsOwnLegend() throws Exception {
        UIManager.setLookAndFeel(new FlatLightLaf());
        StubWorkbenchContext context = new StubWorkbenchContext(hertfordshire);
        context.settings().put("layout", "STRESS");
        context.settings().put("colour", "COMMUNITY");
        context.settings().put("unconnected", "true");
        NetworkPanel panel = rendered(context, "stress-community-strip");
        assertThat(context.taskFailures()).isEmpty();
        assertThat(panel.controls().status.getText()).contains("stress layout");
        assertThat(panel.canvas().legendEntries())
                .extracting(NetworkLegend.Entry::text)
                .anyMatch(t -> t.startsWith("community 1 ("))
                .noneMatch(t -> t.startsWith("local authority"));
        assertThat(panel.canvas().hidden.isEmpty())
                .as("the strip is open: every node drawn")
                .isTrue();
    }

    /** The view at 1280x800, painted and written to target/screenshots. */
    static NetworkPanel rendered(StubWorkbenchContext context, String name) throws Exception {
        NetworkPanel panel = new NetworkPanel(context);
        panel.setSize(1280, 800);
        layout(panel);
        panel.canvas().fit();
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        panel.printAll(g);
        g.dispose();
        Files.createDirectories(Path.of("target/screenshots"));
        ImageIO.write(
                image,
                "png",
                Path.of("target/screenshots/network-" + name + ".png").toFile());
        return panel;
    }

    private static void layout(java.awt.Container c) {
        c.doLayout();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof java.awt.Container inner) {
                layout(inner);
            }
        }
    }

    /** {@code top} (with its alpha) over an opaque {@code bottom}. */
    static Color over(Color top, Color bottom) {
        double a = top.getAlpha() / 255.0;
        return new Color(
                (int) Math.round(top.getRed() * a + bottom.getRed() * (1 - a)),
                (int) Math.round(top.getGreen() * a + bottom.getGreen() * (1 - a)),
                (int) Math.round(top.getBlue() * a + bottom.getBlue() * (1 - a)));
    }

    private static int count(BufferedImage image, Rectangle box, Color colour) {
        int n = 0;
        for (int x = box.x; x < box.x + box.width; x++) {
            for (int y = box.y; y < box.y + box.height; y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    static byte[] bytes(StubWorkbenchContext context, String extension) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.exports().stream()
                .filter(e -> e.fileExtension().equals(extension))
                .findFirst()
                .orElseThrow()
                .write(out);
        return out.toByteArray();
    }
}
