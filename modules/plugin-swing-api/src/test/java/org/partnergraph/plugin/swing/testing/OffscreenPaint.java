package org.partnergraph.plugin.swing.testing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/**
 * A view painted off-screen at a size, as the workbench would show it there: for a plugin's tests
 * that sample pixels or keep a PNG to look at. Call on the event thread.
 */
public final class OffscreenPaint {

    private OffscreenPaint() {}

    /** Lays {@code view} out at {@code size} in the current look and feel and paints it. */
    public static BufferedImage paint(Container view, Dimension size) {
        SwingUtilities.updateComponentTreeUI(view);
        view.setSize(size);
        layout(view);
        layout(view); // a second pass: scroll panes settle on the first
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        view.printAll(g);
        g.dispose();
        return image;
    }

    /** Writes {@code image} to {@code target/screenshots/name} and says where. */
    public static Path save(BufferedImage image, String name) throws IOException {
        Path file = Path.of("target/screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static void layout(Component c) {
        c.doLayout();
        if (c instanceof Container inner) {
            for (Component child : inner.getComponents()) {
                layout(child);
            }
        }
    }
}
