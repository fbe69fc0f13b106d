package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnergraph.io.BundleReader;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine;

/**
 * The resilience commands on graphs/hertfordshire read with the bundle reader: each parsed by the
 * real command line and run on the graph, as {@code AnalysisCommand.call} does after reading it
 * from the database (ResilienceCommandsIT runs them on the database).
 */
class ResilienceCommandsTest {

    static PartnershipGraph herts;

    @BeforeAll
    static void read() throws Exception {
        herts = BundleReader.read(Path.of("..", "graphs", "hertfordshire")).graph();
    }

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        AnalysisCommand command =
                (AnalysisCommand) parsed.subcommand().commandSpec().userObject();
        int code = command.analyse(herts);
        return new Cli(code, out.toString(), err.toString());
    }

    static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new java.io.StringReader(text))
                .getRecords();
    }

    @Test
    void whatIfWithoutTheCountyCouncilListsNi193WithoutALead() throws Exception {
        Cli r = run("whatif", "--without", "hertfordshire-county-council", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("What if Hertfordshire County Council left:\n");
        assertThat(r.out()).startsWith("loss,id,name,before,after,detail\n");
        List<CSVRecord> rows = csv(r.out());
        assertThat(rows)
                .filteredOn(x -> x.get("loss").equals("indicator without a lead"))
                .extracting(x -> x.get("id"))
                .contains("hertfordshire:ni-193")
                .hasSize(8);
        CSVRecord partners = rows.stream()
                .filter(x -> x.get("loss").equals("partner network: partners"))
                .findFirst()
                .orElseThrow();
        assertThat(Integer.parseInt(partners.get("after"))).isEqualTo(Integer.parseInt(partners.get("before")) - 1);
    }

    @Test
    void whatIfRefusesAnUnknownPartnerWithASentence() {
        assertThatThrownBy(() -> run("whatif", "--without", "nobody-at-all"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no 'nobody-at-all' in the graph read.");
    }

    @Test
    void keyPlayersAsJsonAreExactlyTheData() throws Exception {
        Cli r = run("keyplayers", "--k", "3", "--format", "json");
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(r.err()).startsWith("Key players (k = 3): fragmentation ");
        long players = 0;
        for (JsonNode row : rows) {
            if (!row.get("key_player").isNull()) {
                players++;
                assertThat(row.get("reasons").asText())
                        .contains("key player number " + row.get("key_player").asInt());
            }
        }
        assertThat(players).isEqualTo(3);
        assertThat(rows.get(0).get("partner").asText()).isEqualTo("Hertfordshire County Council");
        assertThatThrownBy(() -> run("keyplayers", "--k", "0")).hasMessageStartingWith("--k must be between 1 and ");
    }

    @Test
    void coverageListsTheObjectivesWithASingleSupporter() throws Exception {
        Cli r = run("coverage", "--format", "csv");
        List<CSVRecord> rows = csv(r.out());
        assertThat(rows)
                .filteredOn(x ->
                        x.get("subject").equals("objective") && x.get("gap").equals("single supporting partner"))
                .extracting(x -> x.get("id"))
                .containsExactlyInAnyOrder(
                        "hertfordshire:hsp-2022-23-i2",
                        "hertfordshire:hsp-2022-23-p3",
                        "hertfordshire:hsp-2022-23-p4",
                        "hertfordshire:hsp-2022-23-p5",
                        "hertfordshire:hsp-2022-23-p9",
                        "hertfordshire:hsp-2022-23-p11");
        assertThat(r.err()).isEqualTo("Coverage gaps: " + rows.size() + ".\n");
    }

    @Test
    void clustersReportTheirModularityOnStandardError() throws Exception {
        Cli r = run("clusters", "--format", "csv");
        assertThat(r.err())
                .matches(
                        "Louvain: \\d+ communities among \\d+ partners, modularity 0\\.\\d+; \\d+ clusters of two or more\\.\n");
        assertThat(csv(r.out())).isNotEmpty().allSatisfy(x -> assertThat(Integer.parseInt(x.get("size")))
                .isGreaterThan(1));
    }

    @Test
    void salienceSettingsComeFromTheOptions() throws Exception {
        List<CSVRecord> byDefault = csv(run("salience", "--format", "csv").out());
        assertThat(byDefault.get(0).get("partner")).isEqualTo("Public Health Hertfordshire");
        assertThat(byDefault.get(0).get("class")).isEqualTo("definitive");
        List<CSVRecord> noStatute =
                csv(run("salience", "--format", "csv", "--statutory-types", "").out());
        CSVRecord broxbourne = noStatute.stream()
                .filter(x -> x.get("partner_id").equals("hertfordshire:broxbourne-borough-council"))
                .findFirst()
                .orElseThrow();
        assertThat(broxbourne.get("class")).isEqualTo("non-stakeholder");
    }
}
