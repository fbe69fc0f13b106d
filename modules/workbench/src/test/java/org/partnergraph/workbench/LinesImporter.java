package org.partnergraph.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.partnergraph.model.Manifest;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.plugin.ImportedDataset;
import org.partnergraph.plugin.Importer;
import org.partnergraph.plugin.TaskMonitor;

/** Packed into a plugin jar by the tests: a text file, one partner name a line, as partnership "imported". */
public class LinesImporter implements Importer {

    @Override
    public String name() {
        return "Partner list";
    }

    @Override
    public boolean accepts(Path source) {
        return source.getFileName().toString().endsWith(".txt");
    }

    @Override
    public ImportedDataset read(Path source, TaskMonitor monitor) throws Exception {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        for (String line : Files.readAllLines(source)) {
            if (!line.isBlank()) {
                String id = "imported:" + line.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
                b.partners.add(new Partner(
                        id,
                        line.strip(),
                        "not stated",
                        "",
                        "",
                        List.of(),
                        "imported",
                        Provenance.of(source.getFileName() + ": line")));
            }
        }
        return new ImportedDataset(
                new Manifest(Manifest.FORMAT_VERSION, "imported", "Imported partners", "", List.of()), b.build());
    }
}
