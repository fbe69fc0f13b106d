package org.partnergraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The server version rule, without a server. */
class Neo4jConnectionTest {

    @Test
    void neo4jFiveIsAccepted() {
        assertThat(Neo4jConnection.supported("Neo4j/5.26.30")).isTrue();
        assertThat(Neo4jConnection.supported("Neo4j/5.0.0")).isTrue();
    }

    @Test
    void calendarVersionsFrom2025AreAccepted() {
        assertThat(Neo4jConnection.supported("Neo4j/2025.10.1")).isTrue();
        assertThat(Neo4jConnection.supported("Neo4j/2026.01.0")).isTrue();
        assertThat(Neo4jConnection.supported("Neo4j/2025.01.0-aura")).isTrue();
    }

    @Test
    void fourAndOlderAndOthersAreRefused() {
        assertThat(Neo4jConnection.supported("Neo4j/4.4.35")).isFalse();
        assertThat(Neo4jConnection.supported("Neo4j/3.5.0")).isFalse();
        assertThat(Neo4jConnection.supported("Neo4j/6.0.0")).isFalse();
        assertThat(Neo4jConnection.supported("Neo4j/2024.12.0")).isFalse();
        assertThat(Neo4jConnection.supported("Memgraph/2.14.0")).isFalse();
        assertThat(Neo4jConnection.supported("Neo4j/")).isFalse();
        assertThat(Neo4jConnection.supported(null)).isFalse();
    }

    @Test
    void theRefusalNamesTheServerAndWhatIsNeeded() {
        assertThat(Neo4jConnection.refusal("bolt://old:7687", "Neo4j/4.4.35"))
                .isEqualTo("Cannot use bolt://old:7687: it is Neo4j/4.4.35, and Partnergraph needs Neo4j 5"
                        + " or a calendar-versioned Neo4j (2025.01 or later).");
    }
}
