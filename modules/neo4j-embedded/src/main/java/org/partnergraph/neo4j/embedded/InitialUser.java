package org.partnergraph.neo4j.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/** Sets the password of the embedded database's user, before a new store's first start or in-process after. */
final class InitialUser {

    private InitialUser() {}

    /** Whether Neo4j has not yet created its system database under {@code home} (so reads the initial-user file). */
    static boolean isNewStore(Path home) {
        return !Files.isDirectory(
                home.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME));
    }

    /**
     * Writes the initial-user file that Neo4j reads when it creates the system database: the user
     * with this password, no change required. The same file {@code neo4j-admin dbms
     * set-initial-password} writes; Neo4j deletes nothing, so it is removed once the store exists.
     */
    static void write(Path home, String user, char[] password) throws IOException {
        Config config = Config.newBuilder()
                .set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath())
                .build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        FileUserRepository users = new FileUserRepository(
                new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
        byte[] bytes = new String(password).getBytes(StandardCharsets.UTF_8);
        try {
            users.start();
            users.create(new User(
                    user,
                    null,
                    SystemGraphCredential.createCredentialForPassword(bytes, new SecureHasher()),
                    false,
                    false));
            users.shutdown();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not write the initial user file " + file + ": " + e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Deletes the initial-user file once the store exists (it holds only a salted hash, but is no longer needed). */
    static void removeFile(Path home) throws IOException {
        Config config = Config.newBuilder()
                .set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath())
                .build();
        Files.deleteIfExists(CommunitySecurityModule.getInitialUserRepositoryFile(config));
    }

    /** Changes the user's password in-process, on the system database; no Bolt client is involved. */
    static void change(DatabaseManagementService service, String user, char[] password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER " + user + " SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", new String(password)));
        } catch (QueryExecutionException e) {
            // serve with the same password as last time: it is already what it should be
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }
}
