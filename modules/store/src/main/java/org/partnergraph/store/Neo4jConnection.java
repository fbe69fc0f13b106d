package org.partnergraph.store;

import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The one driver of the application, connected and checked: reachable, authenticated, Neo4j 5.
 * Every failure becomes a {@link DatabaseUnavailableException} whose message names the URI and
 * the cause; the password goes to the driver and nowhere else.
 */
public final class Neo4jConnection implements AutoCloseable {

    /** How long connecting may take before the database counts as unreachable. */
    public static final int CONNECT_TIMEOUT_SECONDS_DEFAULT = 10;

    private final Driver driver;
    private final String uri;
    private final String serverAgent;

    private Neo4jConnection(Driver driver, String uri, String serverAgent) {
        this.driver = driver;
        this.uri = uri;
        this.serverAgent = serverAgent;
    }

    /**
     * Connects to the embedded server on loopback (or another process's, when attaching): user
     * {@code neo4j} with the password of that start, no encryption.
     *
     * @param password used for the driver only; never stored, logged or put in a message
     */
    public static Neo4jConnection embedded(String boltUri, char[] password) {
        return open(
                boltUri,
                AuthTokens.basic("neo4j", new String(password)),
                Config.builder().withoutEncryption());
    }

    /**
     * Connects to a server or cluster ({@code bolt://}, {@code neo4j://}, {@code neo4j+s://} ...).
     *
     * @param password used for the driver only; never stored, logged or put in a message
     */
    public static Neo4jConnection server(String uri, String user, char[] password) {
        AuthToken auth = user == null || user.isEmpty()
                ? AuthTokens.none()
                : AuthTokens.basic(user, password == null ? "" : new String(password));
        return open(uri, auth, Config.builder());
    }

    private static Neo4jConnection open(String uri, AuthToken auth, Config.ConfigBuilder config) {
        Driver driver;
        try {
            driver = GraphDatabase.driver(
                    uri,
                    auth,
                    config.withConnectionTimeout(CONNECT_TIMEOUT_SECONDS_DEFAULT, TimeUnit.SECONDS)
                            .withMaxTransactionRetryTime(15, TimeUnit.SECONDS)
                            .withFetchSize(10_000)
                            .withLogging(org.neo4j.driver.Logging.slf4j())
                            .build());
        } catch (IllegalArgumentException e) {
            throw new DatabaseUnavailableException(
                    "Cannot connect to " + uri + ": it is not a Neo4j URI (" + e.getMessage()
                            + "); use bolt://host:7687 or neo4j://host:7687.",
                    e);
        }
        try {
            driver.verifyConnectivity();
            String agent = serverVersion(driver);
            if (!supported(agent)) {
                throw new DatabaseUnavailableException(refusal(uri, agent), null);
            }
            return new Neo4jConnection(driver, uri, agent);
        } catch (AuthenticationException e) {
            driver.close();
            throw new DatabaseUnavailableException(
                    "Cannot connect to " + uri + ": the user name or password was refused.", e);
        } catch (SecurityException e) {
            driver.close();
            throw new DatabaseUnavailableException("Cannot connect to " + uri + ": " + e.getMessage(), e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new DatabaseUnavailableException(
                    "Cannot connect to " + uri
                            + ": nothing answers there (is the server running, and is the address right?).",
                    e);
        } catch (Neo4jException e) {
            driver.close();
            throw new DatabaseUnavailableException("Cannot connect to " + uri + ": " + e.getMessage(), e);
        } catch (DatabaseUnavailableException e) {
            driver.close();
            throw e;
        }
    }

    /**
     * Whether Partnergraph can use a server that calls itself {@code agent}: Neo4j 5.x, or a
     * calendar-versioned Neo4j from 2025 on ({@code Neo4j/2025.10.1}, {@code Neo4j/2026.01.0}),
     * which is what followed 5.26 (and what Aura runs); not 4.x or older.
     */
    static boolean supported(String agent) {
        if (agent == null || !agent.startsWith("Neo4j/")) {
            return false;
        }
        String version = agent.substring("Neo4j/".length());
        int dot = version.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        int major;
        try {
            major = Integer.parseInt(version.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        return major == 5 || major >= 2025;
    }

    /** The sentence for a server {@link #supported} refuses. */
    static String refusal(String uri, String agent) {
        return "Cannot use " + uri + ": it is " + agent
                + ", and Partnergraph needs Neo4j 5 or a calendar-versioned Neo4j (2025.01 or later).";
    }

    /** {@code Neo4j/<version>} as the server reports it through {@code dbms.components()}. */
    private static String serverVersion(Driver driver) {
        try (var session = driver.session()) {
            var rec = session.run("CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version")
                    .single();
            String name = rec.get("name").asString();
            return (name.startsWith("Neo4j") ? "Neo4j" : name) + "/"
                    + rec.get("version").asString();
        }
    }

    public Driver driver() {
        return driver;
    }

    public String uri() {
        return uri;
    }

    /** What the server says it is, e.g. {@code Neo4j/5.26.0}. */
    public String serverAgent() {
        return serverAgent;
    }

    @Override
    public void close() {
        driver.close();
    }
}
