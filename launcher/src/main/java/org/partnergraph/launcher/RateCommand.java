package org.partnergraph.launcher;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Score;
import org.partnergraph.model.Wave;
import org.partnergraph.store.Change;
import org.partnergraph.store.EditOptions;
import org.partnergraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** Records a new influence and quality rating of a partner on an objective, holding from a date. */
@Command(
        name = "rate",
        mixinStandardHelpOptions = true,
        description = "Records a new rating of a partner on an objective, holding from --as-of (default today); the"
                + " old one stays in the history. A score left out keeps its current value.")
final class RateCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Mixin
    UserOption user;

    @Parameters(index = "0", paramLabel = "PARTNER", description = "The partner (id or local id).")
    String partner;

    @Parameters(index = "1", paramLabel = "OBJECTIVE", description = "The objective (id or local id).")
    String objective;

    @Option(
            names = "--influence",
            paramLabel = "SCORE",
            converter = ScoreConverter.class,
            description = "1-5, or a range like 3/4.")
    Score influence;

    @Option(
            names = "--quality",
            paramLabel = "SCORE",
            converter = ScoreConverter.class,
            description = "1-5, or a range like 3/4.")
    Score quality;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            converter = DateConverter.class,
            description = "The date it holds from (default: today).")
    LocalDate asOf;

    @Option(
            names = "--wave",
            paramLabel = "WAVE",
            description = "Record it in this wave (id or name; a draft stays yours until it is published).")
    String wave;

    @Option(
            names = "--source",
            paramLabel = "TEXT",
            description = "Where it comes from (default: \"rated on the command line\").")
    String source = "rated on the command line";

    @Override
    public Integer call() {
        try (Database db = root.database.open()) {
            GraphStore store = db.store();
            PartnershipGraph graph = store.readGraph(store.today(), user.name());
            Partner p = GraphOptions.resolve(graph, partner, graph.partners());
            Objective o = GraphOptions.resolve(graph, objective, graph.objectives());
            Optional<Influence> now = store.influence(p.id(), o.id());
            if ((influence == null || quality == null) && now.isEmpty()) {
                root.err()
                        .println(p.name() + " has no rating on " + o.name()
                                + " yet; give both --influence and --quality.");
                return ExitCodes.BAD_INPUT;
            }
            Score i = influence != null ? influence : now.get().influence();
            Score q = quality != null ? quality : now.get().quality();
            EditOptions when = EditOptions.NOW.asOf(asOf).by(user.name());
            if (wave != null) {
                Wave w = WaveCommand.resolve(store.waves(p.partnership()), wave);
                when = when.inWave(w.id()).asOf(asOf != null ? asOf : w.date());
            }
            Change<Influence> c = store.setInfluence(p.id(), o.id(), i, q, Provenance.of(source), when);
            Influence after = c.after().orElseThrow();
            root.out()
                    .println("Rated " + p.name() + " on " + o.name() + ": influence " + after.influence() + ", quality "
                            + after.quality() + ", from " + after.dating().asOf() + " (was "
                            + c.before()
                                    .map(b -> "influence " + b.influence() + ", quality " + b.quality())
                                    .orElse("unrated")
                            + ").");
            return ExitCodes.OK;
        }
    }

    static final class ScoreConverter implements ITypeConverter<Score> {
        @Override
        public Score convert(String value) {
            try {
                return Score.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
