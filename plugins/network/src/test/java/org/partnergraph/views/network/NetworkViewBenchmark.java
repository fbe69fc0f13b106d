package org.partnergraph.views.network;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Frame time and layout time of the network view at 2,000 nodes and 20,000 edges: paints the
 * canvas into a 1400 x 900 image (as Swing would, on this thread) and times layout iterations.
 * Prints the figures and writes docs/benchmarks/network-view.md. Run from the repository root:
 * {@code java -cp <test classpath> org.partnergraph.views.network.NetworkViewBenchmark [nodes] [edges]}
 * (docs/benchmarks/README.md shows the command).
 */
public final class NetworkViewBenchmark {

    private NetworkViewBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
        NetworkModel model = NetworkModel.synthetic(nodes, edges, 2026);

        ForceLayout layout = new ForceLayout(model, null, null, null, 1);
        long t0 = System.nanoTime();
        double move = Double.MAX_VALUE;
        while (!layout.settled(move)) {
            move = layout.step();
        }
        double layoutSeconds = (System.nanoTime() - t0) / 1e9;
        int iterations = layout.iteration();
        double[][] p = layout.snapshot();

        NetworkCanvas canvas = new NetworkCanvas();
        canvas.setSize(1400, 900);
        double[] radii = new double[nodes];
        Color[] colours = new Color[nodes];
        for (int i = 0; i < nodes; i++) {
            radii[i] = 3.5 + 14.5 * Math.sqrt(model.neighbours[i].length / (double) Math.max(1, maxDegree(model)));
            colours[i] = org.partnergraph.plugin.support.PartnerTypeColours.COLOURS.get(
                    i % org.partnergraph.plugin.support.PartnerTypeColours.COLOURS.size());
        }
        canvas.show(model, p[0], p[1], new boolean[nodes], radii, colours, true);
        canvas.fit();
        BufferedImage image = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_ARGB);
        int frames = 60;
        double[] millis = new double[frames];
        for (int warm = 0; warm < 10; warm++) {
            paint(canvas, image);
        }
        for (int f = 0; f < frames; f++) {
            canvas.zoom(f % 2 == 0 ? 1.02 : 1 / 1.02, 700, 450);
            long s = System.nanoTime();
            paint(canvas, image);
            millis[f] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(millis);
        double mean = Arrays.stream(millis).average().orElse(0);
        double p95 = millis[(int) Math.ceil(frames * 0.95) - 1];
        double[] still = new double[frames];
        for (int f = 0; f < frames; f++) {
            long s = System.nanoTime();
            paint(canvas, image);
            still[f] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(still);
        double stillMean = Arrays.stream(still).average().orElse(0);
        double stillP95 = still[(int) Math.ceil(frames * 0.95) - 1];
        String report = String.format(
                Locale.ROOT,
                """
                # Benchmark: network view at %,d nodes and %,d edges

                Measured %s on %d cores, Java %s. Synthetic network (NetworkModel.synthetic, seed 2026):
                partners joined to groups, group sizes skewed. Reproduce with
                `docs/benchmarks/README.md` (network view).

                | what | figure |
                |---|---:|
                | layout: iterations until settled | %d |
                | layout: total | %.2f s |
                | layout: per iteration | %.1f ms |
                | frame while zooming or panning (edges, nodes, labels all drawn): mean | %.1f ms |
                | frame while zooming or panning: 95th percentile | %.1f ms |
                | frames per second while zooming, at the mean | %.0f |
                | frame while still (hover, selection outline: edges reused from the cache): mean | %.1f ms |
                | frame while still: 95th percentile | %.1f ms |

                Each frame is painted at 1400 x 900 on the calling thread into an image, as the event
                thread paints the canvas; on screen Swing adds its own blit. Edges are one path per
                frame, without anti-aliasing above 800 nodes, and are kept in an image until the view,
                the positions or the selection change; labels are at most 150 a frame, placed where
                they do not overlap (an 8-pixel occupancy grid).
                """,
                nodes,
                model.edges(),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                iterations,
                layoutSeconds,
                layoutSeconds * 1000 / iterations,
                mean,
                p95,
                1000 / mean,
                stillMean,
                stillP95);
        System.out.println(report);
        Path out = Path.of("docs/benchmarks/network-view.md");
        if (Files.isDirectory(out.getParent())) {
            Files.writeString(out, report);
            System.out.println("Wrote " + out.toAbsolutePath());
        }
    }

    private static int maxDegree(NetworkModel m) {
        int max = 0;
        for (int[] n : m.neighbours) {
            max = Math.max(max, n.length);
        }
        return max;
    }

    private static void paint(NetworkCanvas canvas, BufferedImage image) {
        Graphics2D g = image.createGraphics();
        try {
            canvas.paintNetwork(g, image.getWidth(), image.getHeight());
        } finally {
            g.dispose();
        }
    }
}
