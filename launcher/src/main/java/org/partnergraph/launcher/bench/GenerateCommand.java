package org.partnergraph.launcher.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.partnergraph.io.BundleWriter;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic dataset shaped like the real ones (typed partners, heavy-tailed group sizes,"
                + " themes, influence ratings, indicators with baselines, targets and actuals) of a chosen size.")
public final class GenerateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder to write the dataset into.")
    Path dir;

    @Mixin
    SizeOptions size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        PartnershipGraph graph = SyntheticGraph.generate(size.size(), size.seed, size.partnership);
        BundleWriter.write(new Dataset(SyntheticGraph.manifest(size.partnership, size.size()), graph), dir);
        spec.commandLine()
                .getOut()
                .printf(
                        "Wrote %s: %,d partners, %,d groups, %,d memberships, %,d indicators,"
                                + " %,d measurements in %.1f s.%n",
                        dir,
                        graph.partners().size(),
                        graph.groups().size(),
                        graph.memberships().size(),
                        graph.indicators().size(),
                        graph.measurements().size(),
                        (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
