package org.partnergraph.workbench.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HowToConnectTest {

    @Test
    void theTextNamesThisWindowsDatabaseServeAndTheUser() {
        String text = HowToConnect.text("bolt://127.0.0.1:41234");

        assertThat(text)
                .startsWith("How to connect other tools to this graph")
                .contains("This window works on: bolt://127.0.0.1:41234")
                .contains("NEO4J_PASSWORD=choose-a-password partnergraph serve")
                .contains("cypher-shell -a bolt://127.0.0.1:7687 -u neo4j")
                .contains("partnergraph --neo4j-uri bolt://127.0.0.1:7687")
                .contains("partnergraph.bolt")
                .doesNotContain("{database}");
    }
}
