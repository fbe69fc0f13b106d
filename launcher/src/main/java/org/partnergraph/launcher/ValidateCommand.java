package org.partnergraph.launcher;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.partnergraph.io.Dataset;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check dataset folders without touching any database.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Dataset folders (docs/data-format.md).")
    java.util.List<Path> dirs;

    @Override
    public Integer call() throws Exception {
        for (Path dir : dirs) {
            Dataset d = WorkbookOrBundle.read(dir);
            PartnershipGraph g = d.graph();
            root.out()
                    .printf(
                            "%s (%s) is valid: %d partners, %d groups, %d themes, %d objectives, %d indicators,"
                                    + " %d measurements, %d initiatives; %d memberships, %d influence ratings, %d relationships.%n",
                            dir,
                            d.manifest().partnership(),
                            g.partners().size(),
                            g.groups().size(),
                            g.themes().size(),
                            g.objectives().size(),
                            g.indicators().size(),
                            g.measurements().size(),
                            g.initiatives().size(),
                            g.memberships().size(),
                            g.influences().size(),
                            g.relationships().size());
            d.notices().forEach(root.out()::println);
        }
        return ExitCodes.OK;
    }
}
