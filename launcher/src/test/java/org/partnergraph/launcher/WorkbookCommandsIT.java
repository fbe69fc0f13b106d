package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.sheets.WorkbookReader;
import org.partnergraph.sheets.WorkbookWriter;
import org.partnergraph.store.testing.TestBundles;

/** template, validate and load of a workbook, and export --format xlsx, on a real embedded database. */
class WorkbookCommandsIT {

    @TempDir
    Path tmp;

    @Test
    void templateValidatesAndAWorkbookLoadsAndExportsToTheSameGraph() throws Exception {
        Path template = tmp.resolve("template.xlsx");
        Cli made = Cli.run("template", template.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        Cli empty = Cli.run("validate", template.toString());
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("About!B3: partnership:").contains("Nothing was loaded");

        Dataset small = BundleReader.read(TestBundles.small());
        Path xlsx = tmp.resolve("small.xlsx");
        WorkbookWriter.write(small, xlsx);
        Cli valid = Cli.run("validate", xlsx.toString());
        assertThat(valid.exitCode()).as(valid.err()).isZero();
        assertThat(valid.out()).contains("is valid: 5 partners, 2 groups");

        String data = tmp.resolve("data").toString();
        Cli load = Cli.run("load", xlsx.toString(), "--data-dir", data);
        assertThat(load.exitCode()).as(load.err()).isZero();
        Cli export = Cli.run("export", "--format", "xlsx", tmp.resolve("out").toString(), "--data-dir", data);
        assertThat(export.exitCode()).as(export.err()).isZero();
        Path exported = tmp.resolve("out/testshire.xlsx");
        assertThat(Files.exists(exported)).isTrue();
        // The store gives rows back in its own order; the rows themselves are the same.
        PartnershipGraph back = WorkbookReader.read(exported).graph();
        PartnershipGraph g = small.graph();
        assertThat(back.partners()).containsExactlyInAnyOrderElementsOf(g.partners());
        assertThat(back.groups()).containsExactlyInAnyOrderElementsOf(g.groups());
        assertThat(back.themes()).containsExactlyInAnyOrderElementsOf(g.themes());
        assertThat(back.objectives()).containsExactlyInAnyOrderElementsOf(g.objectives());
        assertThat(back.areas()).containsExactlyInAnyOrderElementsOf(g.areas());
        assertThat(back.indicators()).containsExactlyInAnyOrderElementsOf(g.indicators());
        assertThat(back.measurements()).containsExactlyInAnyOrderElementsOf(g.measurements());
        assertThat(back.initiatives()).containsExactlyInAnyOrderElementsOf(g.initiatives());
        assertThat(back.memberships()).containsExactlyInAnyOrderElementsOf(g.memberships());
        assertThat(back.influences()).containsExactlyInAnyOrderElementsOf(g.influences());
        assertThat(back.relationships()).containsExactlyInAnyOrderElementsOf(g.relationships());
        assertThat(back.indicatorLinks()).containsExactlyInAnyOrderElementsOf(g.indicatorLinks());
        assertThat(back.groupThemes()).containsExactlyInAnyOrderElementsOf(g.groupThemes());
        assertThat(back.deliveries()).containsExactlyInAnyOrderElementsOf(g.deliveries());
    }
}
