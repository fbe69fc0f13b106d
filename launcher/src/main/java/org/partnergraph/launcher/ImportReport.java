package org.partnergraph.launcher;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnergraph.model.Partner;
import org.partnergraph.sheets.importer.ImportPlan;
import org.partnergraph.sheets.importer.MappedSheet;

/** What {@code import} prints: the mapping used, then the problems, the questions or what was imported. */
final class ImportReport {

    private final PrintWriter out;
    private final PrintWriter err;

    ImportReport(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void mapping(MappedSheet mapped) {
        String columns = mapped.mapping().columns().entrySet().stream()
                .map(e -> e.getKey() + " <- '" + e.getValue() + "'")
                .collect(Collectors.joining(", "));
        String defaults = mapped.mapping().defaults().entrySet().stream()
                .map(e -> e.getKey() + " = '" + e.getValue() + "'")
                .collect(Collectors.joining(", "));
        out.println("Sheet " + mapped.sheet().name() + " as "
                + mapped.mapping().importKind().label()
                + (mapped.headerRow() >= 0 ? ", header on row " + (mapped.headerRow() + 1) : "") + ": " + columns
                + (defaults.isEmpty() ? "" : "; " + defaults) + "; "
                + mapped.rows().size() + " rows.");
        mapped.notices().forEach(out::println);
    }

    int stopped(ImportPlan plan, boolean dryRun) {
        if (!plan.problems().isEmpty()) {
            plan.problems().forEach(err::println);
        }
        if (!plan.questions().isEmpty()) {
            plan.questions().forEach(err::println);
            err.println("Answer each with --match \"NAME=ID\" (or NAME=new), or in the mapping file's \"partners\".");
        }
        if (!plan.ready()) {
            err.println("Nothing was imported: fix the problems above and try again.");
            return ExitCodes.BAD_INPUT;
        }
        if (plan.nothingToWrite()) {
            out.println("Nothing to import: all " + plan.unchanged() + " rows are already in the graph.");
            return ExitCodes.OK;
        }
        out.println("Would import " + counts(plan) + " (--dry-run: nothing was written).");
        return ExitCodes.OK;
    }

    int imported(ImportPlan plan, String partnership, LocalDate date, String wave) {
        out.println("Imported into " + partnership + ", from " + date + (wave.isEmpty() ? "" : " in wave " + wave)
                + ": " + counts(plan) + ".");
        return ExitCodes.OK;
    }

    private static String counts(ImportPlan plan) {
        StringBuilder sb = new StringBuilder();
        sb.append(plan.added()).append(plan.added() == 1 ? " new record" : " new records");
        sb.append(", ").append(plan.unchanged()).append(" rows already held");
        if (!plan.created().isEmpty()) {
            sb.append(", new partners ")
                    .append(plan.created().stream().map(Partner::name).collect(Collectors.joining(", ")));
        }
        for (Map.Entry<String, java.util.List<String>> e : plan.aliases().entrySet()) {
            sb.append(", ").append(e.getKey()).append(" also called ").append(String.join(", ", e.getValue()));
        }
        return sb.toString();
    }
}
