package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.partnergraph.neo4j.embedded.BoltAccess;
import org.partnergraph.store.testing.TestBundles;

/** {@code serve} as a user runs it: its own process, a third-party client, then Ctrl+C (SIGTERM). */
class ServeIT {

    private static final String PASSWORD = "served-for-the-test";

    @TempDir
    Path tmp;

    @Test
    void aThirdPartyClientReadsTheSameCountsAsStatsAndTheStopIsClean() throws Exception {
        Path data = tmp.resolve("data");
        Cli load = Cli.run("load", TestBundles.small().toString(), "--data-dir", data.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        int port = freePort();

        Process serve = serve(data, port);
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String uri = out.readLine();
            assertThat(uri).as(Files.readString(tmp.resolve("serve.err"))).isEqualTo("bolt://127.0.0.1:" + port);

            JsonNode stats = new ObjectMapper()
                    .readTree(Cli.run("stats", "--format", "json", "--data-dir", data.toString())
                            .out());
            try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD));
                    var session = driver.session()) {
                for (JsonNode row : stats) {
                    String name = row.get("name").asText();
                    String query = row.get("kind").asText().equals("node")
                            ? "MATCH (n:" + name + ") RETURN count(n) AS n"
                            : "MATCH ()-[r:" + name + "]->() RETURN count(r) AS n";
                    assertThat(session.run(query).single().get("n").asLong())
                            .as(name)
                            .isEqualTo(row.get("count").asLong());
                }
            }
            assertThat(stats.size()).isGreaterThan(10);
            try (Driver stranger = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "not-the-password"))) {
                assertThatThrownBy(stranger::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (Driver anonymous = GraphDatabase.driver(uri, AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        } finally {
            serve.destroy(); // SIGTERM, as Ctrl+C: the shutdown hook stops the database
        }
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve(BoltAccess.FILE)).doesNotExist();
        assertThat(Files.readString(tmp.resolve("serve.err")))
                .contains("Serving " + data.toAbsolutePath() + " at bolt://127.0.0.1:" + port)
                .doesNotContain(PASSWORD)
                .doesNotContain("Exception");
    }

    private Process serve(Path data, int port) throws Exception {
        Path jar = Path.of("target/partnergraph/partnergraph.jar").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--port",
                        Integer.toString(port),
                        "--data-dir",
                        data.toString())
                .redirectError(
                        ProcessBuilder.Redirect.to(tmp.resolve("serve.err").toFile()));
        pb.environment().put(DatabaseOptions.PASSWORD_VARIABLE, PASSWORD);
        return pb.start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
