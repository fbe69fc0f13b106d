package org.partnergraph.neo4j.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * How another process of the same user reaches the embedded database that holds a data folder:
 * the Bolt URI, the user and the password made at this start. It lives in {@value #FILE} beside
 * the lock, readable and writable by the owner alone (created with those permissions, then moved
 * into place, so it is never readable by others even for a moment), and is deleted at stop.
 *
 * @param uri {@code bolt://127.0.0.1:<port>}
 * @param user always {@code neo4j}
 * @param password the password of this start
 * @param pid the process holding the folder
 */
@SuppressWarnings("ArrayRecordComponent") // a password is a char[] so that it can be wiped; never compared
public record BoltAccess(String uri, String user, char[] password, long pid) {

    /** The file's name in the data folder. */
    public static final String FILE = "partnergraph.bolt";

    /** Reads the access file of {@code dataDir}, if there is one. */
    public static Optional<BoltAccess> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Properties p = new Properties();
        try (Reader r = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
            p.load(r);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String uri = p.getProperty("uri");
        String password = p.getProperty("password");
        if (uri == null || password == null) {
            return Optional.empty();
        }
        long pid = Long.parseLong(p.getProperty("pid", "-1"));
        return Optional.of(new BoltAccess(uri, p.getProperty("user", "neo4j"), password.toCharArray(), pid));
    }

    /**
     * Waits up to {@code timeout} for the holder of {@code dataDir} to write its access file
     * (it does once its database is up, which can take half a minute on a slow machine).
     */
    public static Optional<BoltAccess> await(Path dataDir, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<BoltAccess> access = read(dataDir);
            if (access.isPresent() || System.nanoTime() > end) {
                return access;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Whether the process that wrote this file is still alive (on this machine). */
    public boolean holderAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    void write(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("uri", uri);
        p.setProperty("user", user);
        p.setProperty("password", new String(password));
        p.setProperty("pid", Long.toString(pid));
        java.io.StringWriter text = new java.io.StringWriter();
        p.store(text, "Partnergraph: how this user's other processes reach the running database; deleted at stop");
        Path target = dataDir.resolve(FILE);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
            java.io.File f = tmp.toFile();
            f.setReadable(false, false);
            f.setWritable(false, false);
            f.setReadable(true, true);
            f.setWritable(true, true);
        }
        Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void delete(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(FILE));
        Files.deleteIfExists(dataDir.resolve(FILE + ".tmp"));
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "BoltAccess[" + uri + " as " + user + ", pid " + pid + "]";
    }
}
