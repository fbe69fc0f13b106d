package org.partnergraph.launcher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Wave;
import org.partnergraph.model.WaveChanges;
import org.partnergraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Re-assessment waves: list them, start a draft from the current ratings and stages, publish it,
 * delete a draft, compare two.
 */
@Command(
        name = "wave",
        mixinStandardHelpOptions = true,
        description = "Re-assessment waves (a named, dated re-scoring such as \"2025 annual review\"): list, start,"
                + " publish, delete, compare (docs/cli.md).",
        subcommands = {
            WaveCommand.ListWaves.class,
            WaveCommand.Start.class,
            WaveCommand.Publish.class,
            WaveCommand.Delete.class,
            WaveCommand.Compare.class
        })
final class WaveCommand {

    @ParentCommand
    Partnergraph root;

    /** Finds a wave by full id, local id or name; refuses an unknown or ambiguous one with a sentence. */
    static Wave resolve(List<Wave> waves, String key) {
        List<Wave> matches = waves.stream()
                .filter(w -> w.id().equals(key)
                        || w.id().endsWith(":" + key)
                        || w.name().equalsIgnoreCase(key))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("There is no wave '" + key + "'; 'partnergraph wave list' lists them.");
        }
        throw new IllegalArgumentException("'" + key + "' names several waves: "
                + matches.stream().map(Wave::id).toList() + "; give the full id.");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The waves, oldest first, drafts included.")
    static final class ListWaves implements Callable<Integer> {
        @ParentCommand
        WaveCommand wave;

        @Mixin
        FormatOption format;

        @Option(names = "--partnership", paramLabel = "ID", description = "Only this partnership.")
        String partnership;

        @Override
        public Integer call() {
            try (Database db = wave.root.database.open()) {
                Output out = new Output("id", "name", "date", "author", "status", "note");
                for (Wave w : db.store().waves(partnership)) {
                    out.row(
                            w.id(),
                            w.name(),
                            w.date() == null ? "undated" : w.date().toString(),
                            w.author(),
                            w.published() ? "published" : "draft",
                            w.note());
                }
                format.print(out, wave.root.out());
                return ExitCodes.OK;
            }
        }
    }

    @Command(
            name = "start",
            mixinStandardHelpOptions = true,
            description = "Starts a draft wave from the current ratings and stages, dated --date; only you see it until"
                    + " it is published.")
    static final class Start implements Callable<Integer> {
        @ParentCommand
        WaveCommand wave;

        @Mixin
        UserOption user;

        @Parameters(paramLabel = "NAME", description = "e.g. \"2025 annual review\".")
        String name;

        @Option(names = "--partnership", paramLabel = "ID", required = true, description = "The partnership.")
        String partnership;

        @Option(
                names = "--date",
                paramLabel = "DATE",
                converter = DateConverter.class,
                description = "The date its assessments hold from (default: today).")
        LocalDate date;

        @Override
        public Integer call() {
            try (Database db = wave.root.database.open()) {
                GraphStore store = db.store();
                Wave w = store.startWave(partnership, name, date == null ? store.today() : date, user.name());
                wave.root
                        .out()
                        .println("Started the draft wave " + w.id() + " (" + w.name() + ", " + w.date() + "); only "
                                + w.author() + " sees it until 'partnergraph wave publish " + w.id() + "'.");
                return ExitCodes.OK;
            }
        }
    }

    /** A subcommand on one wave named by id or name: finds it, acts, says what it did. */
    abstract static class OnOneWave implements Callable<Integer> {
        @ParentCommand
        WaveCommand wave;

        @Parameters(paramLabel = "WAVE", description = "Its id or name.")
        String key;

        @Override
        public final Integer call() {
            try (Database db = wave.root.database.open()) {
                wave.root.out().println(act(db.store(), resolve(db.store().waves(null), key)));
                return ExitCodes.OK;
            }
        }

        /** Does the subcommand's work on {@code w}; returns the sentence to print. */
        abstract String act(GraphStore store, Wave w);
    }

    @Command(
            name = "publish",
            mixinStandardHelpOptions = true,
            description = "Publishes a draft wave: everyone sees it.")
    static final class Publish extends OnOneWave {
        @Override
        String act(GraphStore store, Wave w) {
            Wave published = store.publishWave(w.id());
            return "Published " + published.id() + " (" + published.name() + ").";
        }
    }

    @Command(
            name = "delete",
            mixinStandardHelpOptions = true,
            description = "Deletes a draft wave and its assessments (a draft was never seen by others).")
    static final class Delete extends OnOneWave {
        @Override
        String act(GraphStore store, Wave w) {
            store.deleteWave(w.id());
            return "Deleted the draft wave " + w.id() + " (" + w.name() + ").";
        }
    }

    @Command(
            name = "compare",
            mixinStandardHelpOptions = true,
            description =
                    "What moved between two waves: every thing either assessed, its value in each, and the change.")
    static final class Compare implements Callable<Integer> {
        @ParentCommand
        WaveCommand wave;

        @Mixin
        FormatOption format;

        @Parameters(index = "0", paramLabel = "A", description = "The earlier wave (id or name).")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "The later wave (id or name).")
        String b;

        @Option(names = "--all", description = "List unchanged things too.")
        boolean all;

        @Override
        public Integer call() {
            try (Database db = wave.root.database.open()) {
                List<Wave> waves = db.store().waves(null);
                Wave wa = resolve(waves, a);
                Wave wb = resolve(waves, b);
                PartnershipGraph history = db.store().readHistory(wa.partnership());
                return print(history, wa, wb);
            }
        }

        Integer print(PartnershipGraph history, Wave wa, Wave wb) {
            Map<String, String> names = GraphOptions.names(history);
            Output out = new Output("kind", "subject", wa.name(), wb.name(), "changed");
            int changed = 0;
            for (WaveChanges.Row r : WaveChanges.between(history, wa.id(), wb.id())) {
                changed += r.changed() ? 1 : 0;
                if (all || r.changed()) {
                    out.row(
                            r.kind().code(),
                            r.subjects().stream()
                                    .map(id -> names.getOrDefault(id, id))
                                    .collect(Collectors.joining(" / ")),
                            r.inA() == null ? "(none)" : ChangeLog.text(r.inA()),
                            r.inB() == null ? "(none)" : ChangeLog.text(r.inB()),
                            r.changed() ? "yes" : "no");
                }
            }
            format.notes(wave.root.out(), wave.root.err())
                    .println(changed + " of the things " + wa.name() + " or " + wb.name() + " assessed changed.");
            format.print(out, wave.root.out());
            return ExitCodes.OK;
        }
    }
}
