package org.partnergraph.workbench;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * How to start the workbench.
 *
 * @param dataDir the embedded database's folder; null when {@code neo4jUri} is set
 * @param neo4jUri a server or cluster ({@code neo4j://host:7687}); null for the embedded database
 * @param neo4jUser the server user, or null
 * @param password asked for only when connecting to the server; never stored
 * @param graphsDir sample datasets (each subfolder with a manifest.json) loaded into an empty database; may be null
 * @param pluginsDir the {@code plugins/} folder beside the application; may be null
 * @param userDir settings, the user plugins folder ({@code plugins/}) and logs; {@code ~/.partnergraph} by default
 * @param development also load plugin folders from their build output, and watch the event thread for stalls
 */
public record WorkbenchOptions(
        Path dataDir,
        String neo4jUri,
        String neo4jUser,
        Supplier<char[]> password,
        Path graphsDir,
        Path pluginsDir,
        Path userDir,
        boolean development) {

    /** The system property that turns on development mode ({@code -Dpartnergraph.dev=true}). */
    public static final String DEVELOPMENT_PROPERTY = "partnergraph.dev";

    public WorkbenchOptions {
        if (dataDir == null && neo4jUri == null) {
            throw new IllegalArgumentException("the workbench needs a data folder or a server URI");
        }
        userDir = userDir == null ? Path.of(System.getProperty("user.home"), ".partnergraph") : userDir;
    }

    /** The embedded database on {@code dataDir}. */
    public static WorkbenchOptions embedded(Path dataDir, Path graphsDir, Path pluginsDir) {
        return new WorkbenchOptions(
                dataDir, null, null, null, graphsDir, pluginsDir, null, Boolean.getBoolean(DEVELOPMENT_PROPERTY));
    }

    /** A server or cluster; {@code password} is called once, when connecting. */
    public static WorkbenchOptions server(
            String uri, String user, Supplier<char[]> password, Path graphsDir, Path pluginsDir) {
        return new WorkbenchOptions(
                null, uri, user, password, graphsDir, pluginsDir, null, Boolean.getBoolean(DEVELOPMENT_PROPERTY));
    }

    public WorkbenchOptions withUserDir(Path dir) {
        return new WorkbenchOptions(dataDir, neo4jUri, neo4jUser, password, graphsDir, pluginsDir, dir, development);
    }

    public WorkbenchOptions withDevelopment(boolean on) {
        return new WorkbenchOptions(dataDir, neo4jUri, neo4jUser, password, graphsDir, pluginsDir, userDir, on);
    }

    /** Where installed plugins go and enabled/disabled is remembered. */
    public Path userPluginsDir() {
        return userDir.resolve("plugins");
    }

    @Override
    public String toString() {
        return "WorkbenchOptions[" + (dataDir != null ? "embedded " + dataDir : neo4jUri + " as " + neo4jUser)
                + ", graphs " + graphsDir + ", plugins " + pluginsDir + ", user " + userDir + "]";
    }
}
