package org.partnergraph.store.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A child JVM on the test class path (with this JVM's --add-opens flags), whose output lines a test can wait for. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        // the child was killed
                    }
                },
                "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildJvm start(Path log, String maxHeap, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (flag.startsWith("--add-opens") || flag.startsWith("--add-exports") || flag.startsWith("-Dio.netty")) {
                command.add(flag);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ChildJvm(
                new ProcessBuilder(command).redirectError(log.toFile()).start());
    }

    /** Waits for a line starting with {@code prefix}; fails if the child ends or the time runs out first. */
    public String await(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !process.isAlive() && lines.isEmpty()) {
                throw new AssertionError(
                        "the child ended (exit " + process.exitValue() + ") before printing " + prefix);
            }
        }
        throw new AssertionError("no '" + prefix + "' from the child in " + seconds + " s");
    }

    /**
     * After {@link #kill}: the number that ends the last line the child printed starting with
     * {@code prefix}, among those no {@link #await} has read yet; {@code seen} when there is none.
     */
    public int lastNumber(String prefix, int seen) throws InterruptedException {
        reader.join(10_000);
        int last = seen;
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                last = Integer.parseInt(line.substring(prefix.length()).strip());
            }
        }
        return last;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Kills the child if it still runs; an interrupt while waiting for it is kept for the caller. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
