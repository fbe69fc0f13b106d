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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
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
 * authentication on: user {@code neo4j} and a password made at random at each start (or the one
 * given, for {@code serve}), never logged. Neo4j's own logs go to {@code <data>/logs}, never to
 * the console. A lock file keeps a second database off the folder; {@link BoltAccess} tells the
 * same user's other processes how to reach this one instead.
 *
 * <p>The password is set before Bolt clients can use it: on a new store Neo4j creates its
 * initial user from an initial-user file written before the first start (what
 * {@code neo4j-admin dbms set-initial-password} writes), so the default {@code neo4j/neo4j} never
 * exists; on an existing store it is changed in-process on the {@code system} database, and until
 * then only the previous start's password (never shown to anyone but its owner) is valid.
 *
 * <pre>{@code
 * try (EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedNeo4j.options(dataDir))) {
 *     Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.basic("neo4j", new String(db.password())),
 *             Config.builder().withoutEncryption().build());
 * }
 * }</pre>
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String LOCK_FILE = "partnergraph.lock";

    /** The one user of the embedded database. */
    public static final String USER = "neo4j";

    /** The fixed port {@code serve} uses unless told otherwise (Neo4j's own default). */
    public static final int SERVE_PORT_DEFAULT = 7687;

    private static final int RANDOM_PASSWORD_BYTES = 24;

    private final Path dataDir;
    private final DatabaseManagementService service;
    private final int port;
    private final char[] password;
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
     * @param port the Bolt port on 127.0.0.1, or 0 for a free one
     * @param password the password of user {@code neo4j} (at least 8 characters), or null for a random one
     */
    @SuppressWarnings("ArrayRecordComponent") // a password is a char[] so that it can be wiped; never compared
    public record Options(Path dataDir, long pageCache, boolean fastShutdown, int port, char[] password) {

        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("A port is between 1 and 65535, not " + port + ".");
            }
            if (password != null && password.length < 8) {
                throw new IllegalArgumentException("The password of the database must have at least 8 characters.");
            }
        }

        public Options(Path dataDir, long pageCache, boolean fastShutdown) {
            this(dataDir, pageCache, fastShutdown, 0, null);
        }

        /** Bolt on this fixed port instead of a free one. */
        public Options withPort(int port) {
            return new Options(dataDir, pageCache, fastShutdown, port, password);
        }

        /** This password instead of a random one. */
        public Options withPassword(char[] password) {
            return new Options(dataDir, pageCache, fastShutdown, port, password);
        }

        @Override
        public String toString() {
            return "Options[" + dataDir + ", page cache " + pageCache + ", port " + port + "]";
        }
    }

    public static Options options(Path dataDir) {
        return new Options(dataDir, 0, true);
    }

    private EmbeddedNeo4j(
            Path dataDir,
            DatabaseManagementService service,
            int port,
            char[] password,
            FileChannel lockChannel,
            FileLock lock,
            OutputStream userLog) {
        this.dataDir = dataDir;
        this.service = service;
        this.port = port;
        this.password = password;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.userLog = userLog;
        this.shutdownHook = new Thread(this::close, "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts Neo4j on {@code options.dataDir()} and waits until the default database is available.
     *
     * @throws DataFolderInUseException when another process (or this one) has the folder; {@link
     *     BoltAccess#await} then says how to reach it
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
            return startLocked(options, dataDir, channel, lock, t0);
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

    /** Starts Neo4j on a folder whose lock this process holds, and tells the user's other processes how to reach it. */
    private static EmbeddedNeo4j startLocked(Options options, Path dataDir, FileChannel channel, FileLock lock, long t0)
            throws IOException {
        // A holder killed with -9 leaves its access file behind; the lock is ours now, so it is stale.
        BoltAccess.delete(dataDir);
        int port = options.port() == 0 ? freeLoopbackPort() : checkedPort(options.port());
        char[] password = options.password() != null ? options.password().clone() : randomPassword();
        Path home = dataDir.resolve("neo4j");
        boolean newStore = InitialUser.isNewStore(home);
        if (newStore) {
            InitialUser.write(home, USER, password);
        }
        OutputStream userLog = Files.newOutputStream(
                dataDir.resolve("logs").resolve("neo4j.log"), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        DatabaseManagementService service = build(options, dataDir, port, userLog);
        try {
            if (newStore) {
                InitialUser.removeFile(home);
            } else {
                InitialUser.change(service, USER, password);
            }
            service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        } catch (IOException | RuntimeException e) {
            service.shutdown();
            closeQuietly(userLog);
            throw e;
        }
        EmbeddedNeo4j started = new EmbeddedNeo4j(dataDir, service, port, password, channel, lock, userLog);
        publish(started, dataDir, password);
        LOG.info(
                "Embedded Neo4j started on {} (bolt://127.0.0.1:{}) in {} ms",
                dataDir,
                port,
                (System.nanoTime() - t0) / 1_000_000);
        return started;
    }

    /** Writes the owner-only access file; a database it cannot announce is stopped again. */
    private static void publish(EmbeddedNeo4j started, Path dataDir, char[] password) throws IOException {
        try {
            new BoltAccess(
                            started.boltUri(),
                            USER,
                            password,
                            ProcessHandle.current().pid())
                    .write(dataDir);
        } catch (IOException | RuntimeException e) {
            started.close();
            // no cause: the outer sentence shows the root message, and this is it
            throw new IOException("cannot write " + BoltAccess.FILE + " (" + e.getMessage() + ")");
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
                .setConfig(GraphDatabaseSettings.auth_enabled, true);
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

    /** The Bolt port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** A copy of the password of user {@value #USER} for this start; for the driver only. */
    public char[] password() {
        return password.clone();
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
            BoltAccess.delete(dataDir);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", dataDir.resolve(BoltAccess.FILE), e);
        }
        try {
            service.shutdown();
        } finally {
            java.util.Arrays.fill(password, '\0');
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

    private static int checkedPort(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return port;
        } catch (java.net.BindException e) {
            // no cause: the sentence is the root message
            throw new IOException("port " + port + " on 127.0.0.1 is in use (choose another with --port)");
        }
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[RANDOM_PASSWORD_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
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
