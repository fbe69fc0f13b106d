package org.partnergraph.launcher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "The change log: every rating, stage, membership and measurement as it changed, with the date"
                + " it holds from, when it was recorded and by whom, its wave, and the value before and after"
                + " (docs/cli.md).")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Mixin
    FormatOption format;

    @Mixin
    UserOption user;

    @Option(names = "--partnership", paramLabel = "ID", description = "Only this partnership.")
    String partnership;

    @Option(names = "--partner", paramLabel = "ID", description = "Only changes about this partner (id or local id).")
    String partner;

    @Option(names = "--objective", paramLabel = "ID", description = "Only changes about this objective.")
    String objective;

    @Option(names = "--indicator", paramLabel = "ID", description = "Only changes about this indicator (id or code).")
    String indicator;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            description = "Only rating, stage, membership or measurement changes.",
            converter = KindConverter.class)
    ChangeLog.Kind kind;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            converter = DateConverter.class,
            description = "Only changes holding from this date or later.")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            converter = DateConverter.class,
            description = "Only changes holding from this date or earlier (undated ones included).")
    LocalDate to;

    @Override
    public Integer call() {
        try (Database db = root.database.open()) {
            return print(db.store().readHistory(partnership));
        }
    }

    /** Prints the filtered change log of {@code history}; returns the exit code. */
    Integer print(PartnershipGraph history) {
        List<String> about = new ArrayList<>();
        if (partner != null) {
            about.add(GraphOptions.resolve(history, partner, history.partners()).id());
        }
        if (objective != null) {
            about.add(GraphOptions.resolve(history, objective, history.objectives())
                    .id());
        }
        if (indicator != null) {
            about.add(GraphOptions.resolve(history, indicator, history.indicators())
                    .id());
        }
        Output out = HistoryTable.of(history, user.name(), new HistoryTable.Filter(about, kind, from, to));
        format.notes(root.out(), root.err()).println(out.size() + (out.size() == 1 ? " change." : " changes."));
        format.print(out, root.out());
        return ExitCodes.OK;
    }

    static final class KindConverter implements ITypeConverter<ChangeLog.Kind> {
        @Override
        public ChangeLog.Kind convert(String value) {
            try {
                return ChangeLog.Kind.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
