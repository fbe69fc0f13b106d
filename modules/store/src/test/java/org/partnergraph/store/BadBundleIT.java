package org.partnergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.io.DatasetException;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.GraphDump;
import org.partnergraph.store.testing.TestBundles;

/** Every class of bad row stops a load of a changed bundle with its exact message, and the graph stays as it was. */
@ExtendWith(EmbeddedDatabase.class)
class BadBundleIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown reference | memberships.csv | partner,group,role,source\\nph,hwb,chair,x\\nnhs,hlp,,x | memberships.csv:3: group: unknown group 'hlp'
            score out of range | influences.csv | partner,objective,influence,quality,source\\nph,obj-1,5,6,x | influences.csv:2: quality: must be between 1 and 5, was 6
            malformed number | measurements.csv | indicator,kind,period,value,source\\nni-8,baseline,2007/08,21.3%,x | measurements.csv:2: value: '21.3%' is not a number (write 62.54, with a '.' and no unit or %)
            malformed period | measurements.csv | indicator,kind,period,value,source\\nni-8,baseline,07-08,21.3,x | measurements.csv:2: period: '07-08' is not a period (unrecognised form); expected 2008-04-01..2009-03-31, 2008/09 (financial year), AY2008/09 (academic year), 2005, 2009-03 or 2009-03-31
            duplicate id | groups.csv | id,name,kind,source\\nhwb,Board,board,x\\nhwb,Board again,board,x\\npaa,Alliance,alliance,x | groups.csv:3: id: duplicate group id 'hwb', first at groups.csv:2
            missing column | themes.csv | id,description,source\\nhealth,Health,x | themes.csv:1: name: missing column
            """)
    void aBadRowStopsTheLoadWithItsMessageAndTheGraphStaysAsItWas(
            String what, String file, String content, String message, GraphStore store, @TempDir Path tmp)
            throws Exception {
        Dataset good = BundleReader.read(TestBundles.small());
        store.load(good.manifest(), good.graph(), n -> {});
        List<String> before = GraphDump.of(store);
        Path bundle = TestBundles.copyOfSmall(tmp);
        Files.writeString(
                bundle.resolve("partners.csv"),
                Files.readString(bundle.resolve("partners.csv"))
                        .replace("Public Health Testshire", "Public Health Testshire (renamed)"));
        Files.writeString(bundle.resolve(file), content.replace("\\n", "\n") + "\n");

        DatasetException e = assertThrows(DatasetException.class, () -> {
            Dataset bad = BundleReader.read(bundle);
            store.load(bad.manifest(), bad.graph(), n -> {});
        });

        assertThat(e.problems()).extracting(Object::toString).containsExactly(message);
        assertThat(GraphDump.of(store)).isEqualTo(before);
    }
}
