package org.partnergraph.launcher;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.partnergraph.io.DatasetException;
import org.partnergraph.model.Manifest;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Wave;
import org.partnergraph.sheets.SheetFiles;
import org.partnergraph.sheets.SheetGrid;
import org.partnergraph.sheets.importer.ImportKind;
import org.partnergraph.sheets.importer.ImportOptions;
import org.partnergraph.sheets.importer.ImportPlan;
import org.partnergraph.sheets.importer.ImportPlanner;
import org.partnergraph.sheets.importer.MappedSheet;
import org.partnergraph.sheets.importer.Mapping;
import org.partnergraph.sheets.importer.MappingFile;
import org.partnergraph.sheets.importer.MappingProposer;
import org.partnergraph.sheets.importer.NewPartners;
import org.partnergraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Imports a sheet a team already keeps (XLSX or CSV) through a column mapping and partner matching:
 * every problem and every unanswered partner is reported before anything is written, and then the
 * new records go in as one load (one transaction), dated and in a wave where asked.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import a stakeholder list, influence grid, engagement tracker, membership list or indicator"
                + " return through a column mapping (proposed from the headers, or --mapping); nothing is written"
                + " while any cell has a problem or any partner name is unanswered. See docs/data-format.md.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Mixin
    UserOption user;

    @Parameters(index = "0", paramLabel = "FILE", description = "The sheet: an .xlsx workbook or a .csv file.")
    Path file;

    @Option(
            names = "--sheet",
            paramLabel = "S",
            description = "The sheet (default: the mapping's, else the first visible).")
    String sheet;

    @Option(
            names = "--kind",
            paramLabel = "K",
            description = "stakeholders, influence, engagement, memberships or actuals (default: guessed from the"
                    + " headers; a --mapping says its own).")
    String kind;

    @Option(names = "--mapping", paramLabel = "M.json", description = "A saved mapping to use instead of the proposal.")
    Path mapping;

    @Option(
            names = "--save-mapping",
            paramLabel = "M.json",
            description = "Write the mapping used (to edit, or for next time).")
    Path saveMapping;

    @Option(
            names = "--default",
            paramLabel = "FIELD=VALUE",
            description = "A value for a field the sheet has no column for, e.g. objective=\"Objective 2\".")
    Map<String, String> defaults = Map.of();

    @Option(
            names = "--match",
            paramLabel = "NAME=ID",
            description = "The answer for a partner name: the id it means, or new.")
    Map<String, String> matches = Map.of();

    @Option(names = "--partnership", paramLabel = "P", description = "The partnership (default: the only one).")
    String partnership;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            converter = DateConverter.class,
            description = "The date the records hold from (default: the wave's date, else today).")
    LocalDate asOf;

    @Option(names = "--wave", paramLabel = "NAME", description = "Record them in this wave (id or name).")
    String wave;

    @Option(
            names = "--new-partners",
            paramLabel = "ask|create|refuse",
            description = "Names that match no partner: ask (default), create them, or refuse them.")
    String newPartners = "ask";

    @Option(names = "--dry-run", description = "Check and show what would be imported; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        NewPartners policy = NewPartners.parse(newPartners);
        String name = file.getFileName().toString();
        List<SheetGrid> sheets = SheetFiles.read(file);
        Mapping base = mapping == null ? null : MappingFile.read(mapping);
        SheetGrid grid = choose(sheets, base, name);
        Mapping m = base != null ? base : MappingProposer.propose(grid, kind == null ? null : ImportKind.parse(kind));
        for (Map.Entry<String, String> e : defaults.entrySet()) {
            m = m.withDefault(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : matches.entrySet()) {
            m = m.withPartner(e.getKey(), e.getValue());
        }
        if (saveMapping != null) {
            MappingFile.write(m, saveMapping);
        }
        MappedSheet mapped = MappedSheet.read(grid, m);
        ImportReport report = new ImportReport(root.out(), root.err());
        report.mapping(mapped);
        try (Database db = root.database.open()) {
            GraphStore store = db.store();
            Manifest manifest = partnership(store);
            String waveId = "";
            LocalDate date = asOf;
            if (wave != null) {
                Wave w = WaveCommand.resolve(store.waves(manifest.partnership()), wave);
                waveId = w.id();
                date = date != null ? date : w.date();
            }
            date = date != null ? date : store.today();
            LocalDate latest = date.isAfter(store.today()) ? date : store.today();
            PartnershipGraph current = store.readGraph(manifest.partnership(), latest, user.name());
            ImportOptions o = new ImportOptions(
                    manifest.partnership(),
                    date,
                    waveId,
                    policy,
                    Instant.now(),
                    user.name(),
                    name + ": " + grid.name());
            ImportPlan plan = ImportPlanner.plan(mapped, current, o);
            if (!plan.ready() || dryRun || plan.nothingToWrite()) {
                return report.stopped(plan, dryRun);
            }
            store.load(manifest, plan.changes(), n -> {});
            return report.imported(plan, manifest.partnership(), date, waveId);
        }
    }

    /** The sheet asked for, else the mapping's (where this file has it), else the first visible one. */
    private SheetGrid choose(List<SheetGrid> sheets, Mapping base, String name) throws DatasetException {
        if (sheet != null) {
            return SheetFiles.pick(sheets, sheet, name);
        }
        if (base != null && base.sheet() != null) {
            for (SheetGrid g : sheets) {
                if (g.name().equalsIgnoreCase(base.sheet())) {
                    return g;
                }
            }
        }
        return SheetFiles.pick(sheets, null, name);
    }

    private Manifest partnership(GraphStore store) {
        List<Manifest> all = store.partnerships();
        if (partnership != null) {
            return all.stream()
                    .filter(p -> p.partnership().equals(partnership))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("There is no partnership '" + partnership
                            + "' in the database; load its bundle or workbook first."));
        }
        if (all.size() != 1) {
            throw new IllegalArgumentException(
                    all.isEmpty()
                            ? "The database holds no partnership to import into; load its bundle or workbook first."
                            : "The database holds " + all.size() + " partnerships ("
                                    + String.join(
                                            ", ",
                                            all.stream()
                                                    .map(Manifest::partnership)
                                                    .toList())
                                    + "); say which with --partnership.");
        }
        return all.get(0);
    }
}
