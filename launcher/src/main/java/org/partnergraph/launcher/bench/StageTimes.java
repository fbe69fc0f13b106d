package org.partnergraph.launcher.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The seconds each bench stage took, over one or more runs, in the order the stages first ran:
 * the median and the range are what the tables report, since one run on a shared machine moves
 * by up to 2x.
 */
final class StageTimes {

    /** One stage: a short key (for scripts), a name (for people), and every run's seconds. */
    @SuppressWarnings("ArrayRecordComponent") // each run's heap figures, read once to print; never compared
    record Stage(String key, String name, long items, List<Double> seconds, long[] heap) {

        double median() {
            double[] s = sorted();
            int n = s.length;
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }

        double min() {
            return sorted()[0];
        }

        double max() {
            double[] s = sorted();
            return s[s.length - 1];
        }

        private double[] sorted() {
            double[] s = seconds.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(s);
            return s;
        }
    }

    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final PrintWriter out;

    StageTimes(PrintWriter out) {
        this.out = out;
    }

    /** Runs {@code work} once after a GC, adds its seconds to the stage {@code key}, and prints them. */
    <T> T time(String key, String name, long items, Supplier<T> work) {
        System.gc();
        long t0 = System.nanoTime();
        T result = work.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        Stage stage = stages.computeIfAbsent(key, k -> new Stage(k, name, items, new ArrayList<>(), new long[1]));
        stage.seconds().add(seconds);
        stage.heap()[0] = Math.max(stage.heap()[0], heap);
        String rate = items > 0 ? String.format(Locale.ROOT, "%,.0f /s", items / seconds) : "";
        out.printf(Locale.ROOT, "%-62s %8.2f s  %14s  %6d MiB heap%n", name, seconds, rate, heap);
        out.flush();
        return result;
    }

    List<Stage> stages() {
        return List.copyOf(stages.values());
    }

    /** The markdown table: median, range and runs per stage, the rate at the median. */
    String table() {
        StringBuilder md = new StringBuilder(
                "| stage | median s | range s | runs | items | rate at the median | heap after, most (MiB) |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (Stage s : stages.values()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f-%.2f | %d | %s | %s | %d |%n",
                    s.name(),
                    s.median(),
                    s.min(),
                    s.max(),
                    s.seconds().size(),
                    s.items() > 0 ? String.format(Locale.ROOT, "%,d", s.items()) : "",
                    s.items() > 0 ? String.format(Locale.ROOT, "%,.0f /s", s.items() / s.median()) : "",
                    s.heap()[0]));
        }
        return md.toString();
    }

    /** Tab-separated: key, name, then every run's seconds; for the peer benchmark script. */
    String tsv() {
        StringBuilder t = new StringBuilder();
        for (Stage s : stages.values()) {
            t.append(s.key()).append('\t').append(s.name());
            s.seconds().forEach(x -> t.append('\t').append(String.format(Locale.ROOT, "%.4f", x)));
            t.append('\n');
        }
        return t.toString();
    }
}
