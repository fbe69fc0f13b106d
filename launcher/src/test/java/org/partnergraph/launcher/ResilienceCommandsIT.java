package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.Delivery;
import org.partnergraph.model.GroupTheme;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Node;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import picocli.CommandLine;

/**
 * The resilience and coverage commands on graphs/hertfordshire loaded into the real embedded
 * database: each command's own reading code ({@code GraphOptions.read}) reads the graph from
 * Neo4j, and what it prints is exactly what it prints for the graph read from the bundle (whose
 * values ResilienceCommandsTest checks) put in the store's order (by id). Their lists follow the
 * graph's order, so the bundle's own order would list ties differently.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResilienceCommandsIT {

    GraphStore store;
    PartnershipGraph bundle;

    @BeforeAll
    void load() throws Exception {
        EmbeddedDatabase.empty();
        store = EmbeddedDatabase.store();
        Dataset herts = BundleReader.read(Path.of("..", "graphs", "hertfordshire"));
        store.load(herts.manifest(), herts.graph(), rows -> {});
        bundle = inStoreOrder(herts.graph());
    }

    static List<List<String>> commands() {
        return List.of(
                List.of("whatif", "--without", "hertfordshire-county-council", "--format", "csv"),
                List.of("whatif", "--without", "public-health-hertfordshire", "--format", "json"),
                List.of("keyplayers", "--k", "3", "--format", "csv"),
                List.of("coverage", "--format", "csv"),
                List.of("clusters", "--format", "csv"),
                List.of("salience", "--format", "csv"),
                List.of("salience", "--format", "csv", "--statutory-types", ""));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void printsFromTheDatabaseWhatItPrintsFromTheBundle(List<String> args) {
        Cli fromDatabase = run(args, true);
        Cli fromBundle = run(args, false);

        assertThat(fromDatabase.exitCode()).isZero();
        assertThat(fromDatabase.out()).isNotBlank().isEqualTo(fromBundle.out());
        assertThat(fromDatabase.err()).isEqualTo(fromBundle.err());
    }

    /** The order GraphReader returns: nodes by id, relationships by (from, to). */
    static PartnershipGraph inStoreOrder(PartnershipGraph g) {
        PartnershipGraph.Builder b = g.toBuilder();
        Comparator<Node> byId = Comparator.comparing(Node::id);
        b.partners.sort(byId);
        b.groups.sort(byId);
        b.themes.sort(byId);
        b.objectives.sort(byId);
        b.indicators.sort(byId);
        b.areas.sort(byId);
        b.initiatives.sort(byId);
        b.measurements.sort(Comparator.comparing(Measurement::id));
        b.memberships.sort(Comparator.comparing(Membership::partnerId).thenComparing(Membership::groupId));
        b.influences.sort(Comparator.comparing(Influence::partnerId).thenComparing(Influence::objectiveId));
        b.relationships.sort(Comparator.comparing(Relationship::fromId).thenComparing(Relationship::toId));
        b.indicatorLinks.sort(Comparator.comparing(IndicatorLink::role)
                .thenComparing(IndicatorLink::partnerId)
                .thenComparing(IndicatorLink::indicatorId));
        b.groupThemes.sort(Comparator.comparing(GroupTheme::groupId).thenComparing(GroupTheme::themeId));
        b.deliveries.sort(Comparator.comparing(Delivery::deliveredById).thenComparing(Delivery::initiativeId));
        return b.build();
    }

    private Cli run(List<String> args, boolean fromDatabase) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = cli.parseArgs(args.toArray(String[]::new));
        AnalysisCommand command =
                (AnalysisCommand) parsed.subcommand().commandSpec().userObject();
        int code = command.analyse(fromDatabase ? command.filter.read(store) : bundle);
        return new Cli(code, out.toString(), err.toString());
    }
}
