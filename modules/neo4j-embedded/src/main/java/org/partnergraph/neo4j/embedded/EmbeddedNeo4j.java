package org.partnergraph.neo4j.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.log4j.Log4jLogProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j on a data folder, listening for Bolt on {@code 127.0.0.1} only, with
 * authentication off (nothing but this machine can reach it). Neo4j's own logs go to
 * {@code <data>/logs}, never to the console. A lock file keeps a second process off the folder
 * with one clear sentence instead of Neo4j's stack trace.
 *
 * <pre>{@code
 * try (EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedNeo4j.options(dataDir))) {
 *     Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(), Config.builder().withoutEncryption().build());
 * }
 * }</pre>
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String LOCK_FILE = "partnergraph.lock";

    private final Path dataDir;
    private final DatabaseManagementService service;
    private final int port;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final OutputStream userLog;
    private final Thread shutdownHook;
    private boolean closed;

    /**
     * How to start.
     *
     * @param dataDir the folder for the store, logs and lock
     * @param pageCache page cache size in bytes, or 0 for Neo4j's default
     * @param fastShutdown shorten Bolt's shutdown waits (about 10 s to under 1 s); safe whenever our own driver,
     *     closed first, is the only client, which is always the case for the embedded database
     */
    public record Options(Path dataDir, long pageCache, boolean fastShutdown) {}

    public static Options options(Path dataDir) {
        return new Options(dataDir, 0, true);
    }

    private EmbeddedNeo4j(
            Path dataDir,
            DatabaseManagementService service,
            int port,
            FileChannel lockChannel,
            FileLock lock,
            OutputStream userLog) {
        this.dataDir = dataDir;
        this.service = service;
        this.port = port;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.userLog = userLog;
        this.shutdownHook = new Thread(this::close, "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts Neo4j on {@code options.dataDir()} and waits until the default database is available.
     *
     * @throws DataFolderInUseException when another process has the folder
     * @throws IllegalStateException with a sentence when Neo4j cannot start
     */
    public static EmbeddedNeo4j start(Options options) {
        Path dataDir = options.dataDir().toAbsolutePath();
        long t0 = System.nanoTime();
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir.resolve("logs"));
            channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataFolderInUseException(dataDir);
            }
            int port = freeLoopbackPort();
            OutputStream userLog = Files.newOutputStream(
                    dataDir.resolve("logs").resolve("neo4j.log"), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            DatabaseManagementService service = build(options, dataDir, port, userLog);
            try {
                service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            } catch (RuntimeException e) {
                service.shutdown();
                throw e;
            }
            LOG.info(
                    "Embedded Neo4j started on {} (bolt://127.0.0.1:{}) in {} ms",
                    dataDir,
                    port,
                    (System.nanoTime() - t0) / 1_000_000);
            return new EmbeddedNeo4j(dataDir, service, port, channel, lock, userLog);
        } catch (DataFolderInUseException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (isLockFailure(e)) {
                throw new DataFolderInUseException(dataDir);
            }
            throw new IllegalStateException(
                    "Neo4j could not start on " + dataDir + ": " + rootMessage(e) + " (details in "
                            + dataDir.resolve("logs") + ")",
                    e);
        }
    }

    private static DatabaseManagementService build(Options options, Path dataDir, int port, OutputStream userLog) {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir.resolve("neo4j"))
                .setUserLogProvider(new Log4jLogProvider(userLog))
                .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false);
        if (options.pageCache() > 0) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCache());
        }
        if (options.fastShutdown()) {
            builder.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
        }
        return builder.build();
    }

    /** {@code bolt://127.0.0.1:<port>}. */
    public String boltUri() {
        return "bolt://127.0.0.1:" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops Neo4j and releases the folder; safe to call twice, and called by a shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long t0 = System.nanoTime();
        try {
            service.shutdown();
        } finally {
            closeQuietly(userLog);
            try {
                lock.release();
            } catch (IOException e) {
                LOG.warn("Could not release {}", dataDir.resolve(LOCK_FILE), e);
            }
            closeQuietly(lockChannel);
            try {
                if (Thread.currentThread() != shutdownHook) {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                }
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
        LOG.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t.getClass().getSimpleName().equals("FileLockException") || m.contains("locked by another")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("close failed", e);
        }
    }
}
