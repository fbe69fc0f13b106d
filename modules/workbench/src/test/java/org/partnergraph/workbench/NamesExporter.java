package org.partnergraph.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.Exporter;
import org.partnergraph.plugin.TaskMonitor;

/** Packed into a plugin jar by the tests: the partners' names, one a line, sorted. */
public class NamesExporter implements Exporter {

    @Override
    public String name() {
        return "Partner names";
    }

    @Override
    public String fileExtension() {
        return "names";
    }

    @Override
    public void write(PartnershipGraph graph, Path target, TaskMonitor monitor) throws Exception {
        Files.write(
                target, graph.partners().stream().map(Partner::name).sorted().toList());
    }
}
