package org.partnergraph.launcher;

import java.util.List;
import org.partnergraph.analytics.salience.Salience;
import org.partnergraph.analytics.salience.Salience.PartnerSalience;
import org.partnergraph.analytics.salience.SalienceSettings;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "salience",
        mixinStandardHelpOptions = true,
        description = "Each partner's power, legitimacy and urgency and its salience class (Mitchell, Agle and Wood:"
                + " definitive, dominant, dangerous, dependent, dormant, discretionary, demanding)"
                + " (docs/scoring-resilience.md).")
final class SalienceCommand extends AnalysisCommand {

    @Option(
            names = "--power",
            paramLabel = "N",
            defaultValue = "4",
            description = "Power: highest influence on an objective at least this (default: ${DEFAULT-VALUE}).")
    double power;

    @Option(
            names = "--statutory-types",
            paramLabel = "TYPE",
            split = ",",
            description = "Partner types legitimate by statute, comma-separated (default: local authority, NHS,"
                    + " public health, police, fire; give \"\" for none).")
    List<String> statutoryTypes;

    @Option(
            names = "--stage-gap",
            paramLabel = "N",
            defaultValue = "1",
            description = "Urgency: a tie at least this many stages short of the one wanted (0: ignore; default:"
                    + " ${DEFAULT-VALUE}).")
    int stageGap;

    @Option(
            names = "--off-track",
            paramLabel = "N",
            defaultValue = "1",
            description =
                    "Urgency: leads at least this many off-track indicators (0: ignore; default: ${DEFAULT-VALUE}).")
    int offTrack;

    @Override
    Integer analyse(PartnershipGraph graph) {
        SalienceSettings settings =
                SalienceSettings.DEFAULTS.withPowerMinInfluence(power).withUrgency(stageGap, offTrack);
        if (statutoryTypes != null) {
            settings = settings.withStatutoryTypes(java.util.Set.copyOf(
                    statutoryTypes.stream().filter(t -> !t.isBlank()).toList()));
        }
        List<PartnerSalience> all = Salience.of(graph, settings);
        root.err().println("Salience of " + all.size() + " partners.");
        format.print(table(all), root.out());
        return ExitCodes.OK;
    }

    static Output table(List<PartnerSalience> all) {
        Output out = new Output("partner_id", "partner", "class", "power", "legitimacy", "urgency", "reasons");
        for (PartnerSalience s : all) {
            out.row(
                    s.partner().id(),
                    s.partner().name(),
                    s.salienceClass().label(),
                    s.power() ? "yes" : "no",
                    s.legitimacy() ? "yes" : "no",
                    s.urgency() ? "yes" : "no",
                    String.join("; ", s.reasons()));
        }
        return out;
    }
}
