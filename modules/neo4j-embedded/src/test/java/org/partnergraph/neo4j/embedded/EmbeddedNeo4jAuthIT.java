package org.partnergraph.neo4j.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/** The embedded Bolt port is closed to anyone without the password of this start. */
class EmbeddedNeo4jAuthIT {

    @TempDir
    Path dir;

    @Test
    void onANewStoreOnlyThePasswordOfThisStartIsLetIn() throws Exception {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.options(dir))) {
            assertThat(count(neo4j.boltUri(), AuthTokens.basic("neo4j", new String(neo4j.password()))))
                    .isZero();
            assertRefused(neo4j.boltUri(), AuthTokens.none());
            assertRefused(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"));
            assertRefused(neo4j.boltUri(), AuthTokens.basic("neo4j", "wrong-password"));
            assertRefused(neo4j.boltUri(), AuthTokens.basic("someone", new String(neo4j.password())));
            assertThat(neo4j.password()).hasSizeGreaterThanOrEqualTo(32);
        }
    }

    @Test
    void eachStartMakesANewPasswordAndTheLastOneStopsWorking() throws Exception {
        char[] first;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.options(dir))) {
            first = neo4j.password();
        }
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(EmbeddedNeo4j.options(dir))) {
            assertThat(again.password()).isNotEqualTo(first);
            assertThat(count(again.boltUri(), AuthTokens.basic("neo4j", new String(again.password()))))
                    .isZero();
            assertRefused(again.boltUri(), AuthTokens.basic("neo4j", new String(first)));
            assertRefused(again.boltUri(), AuthTokens.none());
        }
    }

    @Test
    void theAccessFileIsTheOwnersAloneAndGoneAtStop() throws Exception {
        Path file = dir.resolve(BoltAccess.FILE);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4j.options(dir))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            BoltAccess access = BoltAccess.read(dir).orElseThrow();
            assertThat(access.uri()).isEqualTo(neo4j.boltUri());
            assertThat(access.password()).isEqualTo(neo4j.password());
            assertThat(access.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(access.holderAlive()).isTrue();
            assertThat(access.toString()).doesNotContain(new String(neo4j.password()));
            assertThat(Files.readString(dir.resolve("logs").resolve("neo4j.log")))
                    .doesNotContain(new String(neo4j.password()));
        }
        assertThat(file).doesNotExist();
        assertThat(BoltAccess.read(dir)).isEmpty();
    }

    @Test
    void aGivenPasswordAndPortAreUsedAndKeptAcrossStarts() throws Exception {
        int port = freePort();
        EmbeddedNeo4j.Options options =
                EmbeddedNeo4j.options(dir).withPort(port).withPassword("a-chosen-password".toCharArray());
        EmbeddedNeo4j.start(options).close();
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(options)) {
            assertThat(neo4j.boltUri()).isEqualTo("bolt://127.0.0.1:" + port);
            assertThat(count(neo4j.boltUri(), AuthTokens.basic("neo4j", "a-chosen-password")))
                    .isZero();
            assertRefused(neo4j.boltUri(), AuthTokens.none());
        }
    }

    @Test
    void aPortInUseIsASentence() throws Exception {
        try (var busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(
                            () -> EmbeddedNeo4j.start(EmbeddedNeo4j.options(dir).withPort(busy.getLocalPort())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Neo4j could not start on " + dir + ": port " + busy.getLocalPort()
                            + " on 127.0.0.1 is in use (choose another with --port) (details in "
                            + dir.resolve("logs") + ")");
        }
    }

    @Test
    void aShortPasswordIsRefusedBeforeStarting() {
        assertThatThrownBy(() -> EmbeddedNeo4j.options(dir).withPassword("short".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The password of the database must have at least 8 characters.");
    }

    private static long count(String uri, AuthToken auth) {
        try (Driver driver = GraphDatabase.driver(
                        uri, auth, Config.builder().withoutEncryption().build());
                var session = driver.session()) {
            return session.run("MATCH (n) RETURN count(n) AS n")
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    private static void assertRefused(String uri, AuthToken auth) {
        assertThatThrownBy(() -> count(uri, auth))
                .isInstanceOfAny(AuthenticationException.class, ClientException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("auth"));
    }

    private static int freePort() throws java.io.IOException {
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
