package org.partnergraph.workbench.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.io.DatasetException;
import org.partnergraph.plugin.TaskMonitor;
import org.partnergraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads every dataset under the graphs folder (each subfolder with a manifest) into an empty database. */
public final class SampleGraphs {

    private static final Logger LOG = LoggerFactory.getLogger(SampleGraphs.class);

    private SampleGraphs() {}

    /** The dataset folders under {@code graphsDir}, by name. */
    public static List<Path> folders(Path graphsDir) {
        if (graphsDir == null || !Files.isDirectory(graphsDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(graphsDir)) {
            return s.filter(d -> Files.isRegularFile(d.resolve(BundleReader.MANIFEST)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.warn("Cannot list {}", graphsDir, e);
            return List.of();
        }
    }

    /**
     * Loads them when the database holds no partnership yet.
     *
     * @return the number of datasets loaded
     */
    public static int loadIfEmpty(GraphStore store, Path graphsDir, TaskMonitor monitor) {
        if (!store.partnerships().isEmpty()) {
            return 0;
        }
        int loaded = 0;
        for (Path dir : folders(graphsDir)) {
            try {
                monitor.message("Loading sample graph " + dir.getFileName() + "...");
                Dataset d = BundleReader.read(dir);
                long size = GraphStore.loadSize(d.graph());
                store.load(d.manifest(), d.graph(), done -> monitor.progress(done, size));
                loaded++;
            } catch (DatasetException | IOException | RuntimeException e) {
                LOG.warn("Sample graph {} was not loaded: {}", dir, e.getMessage());
            }
        }
        return loaded;
    }
}
