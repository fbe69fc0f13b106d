package org.partnergraph.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnergraph.analytics.resilience.Connectivity;
import org.partnergraph.analytics.resilience.WhatIf;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Initiative;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "whatif",
        mixinStandardHelpOptions = true,
        description = "What the partnership loses if partners leave: indicators and initiatives left without a lead,"
                + " groups without a chair or lead, objectives whose best influence drops, and the partner"
                + " network's fragmentation and components before and after (docs/scoring-resilience.md).")
final class WhatIfCommand extends AnalysisCommand {

    @Option(
            names = "--without",
            paramLabel = "ID",
            arity = "1..*",
            required = true,
            description = "The partners who leave (full or local ids).")
    List<String> without;

    @Override
    Integer analyse(PartnershipGraph graph) {
        List<Partner> leaving = new ArrayList<>();
        for (String key : without) {
            leaving.add(GraphOptions.resolve(graph, key, graph.partners()));
        }
        WhatIf w = WhatIf.of(graph, leaving.stream().map(Partner::id).toList());
        root.err()
                .println("What if "
                        + String.join(", ", leaving.stream().map(Partner::name).toList()) + " left:");
        format.print(table(w), root.out());
        return ExitCodes.OK;
    }

    /** One row per loss, then the network's measures before and after. */
    static Output table(WhatIf w) {
        Output out = new Output("loss", "id", "name", "before", "after", "detail");
        for (Indicator i : w.indicatorsWithoutLead()) {
            out.row("indicator without a lead", i.id(), i.label(), null, null, "");
        }
        for (Initiative i : w.initiativesWithoutLead()) {
            out.row("initiative without a lead", i.id(), i.name(), null, null, "");
        }
        for (WhatIf.GroupLoss g : w.groupsWithoutChairOrLead()) {
            out.row("group without a chair or lead", g.group().id(), g.group().name(), null, null, g.reason());
        }
        for (WhatIf.InfluenceDrop d : w.influenceDrops()) {
            out.row(
                    "objective's best influence drops",
                    d.objective().id(),
                    d.objective().name(),
                    d.before(),
                    d.after(),
                    String.format(Locale.ROOT, "drop %s", Output.text(d.drop())));
        }
        Connectivity b = w.before();
        Connectivity a = w.after();
        out.row(
                "partner network: fragmentation",
                "",
                "share of partner pairs not connected",
                b.fragmentation(),
                a.fragmentation(),
                "");
        out.row("partner network: components", "", "connected components", b.components(), a.components(), "");
        out.row("partner network: partners", "", "partners in the network", b.nodes(), a.nodes(), "");
        out.row(
                "partner network: largest component",
                "",
                "partners in the largest component",
                b.largest(),
                a.largest(),
                "");
        return out;
    }
}
