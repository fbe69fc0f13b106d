package org.partnergraph.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.partnergraph.io.BundleReader;
import org.partnergraph.sheets.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = "Write an XLSX workbook to fill in: one sheet per table, drop-down lists, instructions.")
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Parameters(paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path file;

    @Option(names = "--with-samples", description = "Fill it with the Hertfordshire sample rows.")
    boolean withSamples;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(file)) {
            root.err().println(file + " exists already; name a new file.");
            return ExitCodes.BAD_INPUT;
        }
        WorkbookWriter.template(
                file,
                withSamples
                        ? BundleReader.read(
                                Partnergraph.Distribution.graphsDir().resolve("hertfordshire"))
                        : null);
        root.out().println("Wrote " + file + (withSamples ? " with the Hertfordshire sample rows." : "."));
        return ExitCodes.OK;
    }
}
