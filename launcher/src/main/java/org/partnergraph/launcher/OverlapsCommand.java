package org.partnergraph.launcher;

import java.util.List;
import java.util.Map;
import org.partnergraph.analytics.overlap.GroupOverlaps;
import org.partnergraph.analytics.overlap.GroupPair;
import org.partnergraph.analytics.overlap.OverlapMeasure;
import org.partnergraph.analytics.overlap.PartnerOverlaps;
import org.partnergraph.model.PartnershipGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "overlaps",
        mixinStandardHelpOptions = true,
        description = "Groups that share members (merge candidates first), or with --bridges the partners whose"
                + " groups span several themes, or with --partner who sits with a partner.")
final class OverlapsCommand extends AnalysisCommand {

    @Option(
            names = "--measure",
            paramLabel = "M",
            defaultValue = "JACCARD",
            description = "shared, jaccard or overlap (default: jaccard).",
            converter = MeasureConverter.class)
    OverlapMeasure measure;

    @Option(
            names = "--threshold",
            paramLabel = "X",
            defaultValue = "0",
            description = "Only pairs at or above this on the measure (merge candidates: e.g. 0.5).")
    double threshold;

    @Option(names = "--bridges", description = "Partners bridging at least two themes instead.")
    boolean bridges;

    @Option(names = "--partner", paramLabel = "ID", description = "Partners sharing groups with this one instead.")
    String partner;

    @Override
    void checkOptions() {
        boolean count = measure == OverlapMeasure.SHARED;
        if (!(threshold >= 0 && (count || threshold <= 1))) {
            throw badOption("--threshold for " + measure.name().toLowerCase(java.util.Locale.ROOT) + " must be "
                    + (count ? "0 or more (a number of shared members)" : "between 0 and 1")
                    + ", not " + Output.text(threshold) + ".");
        }
    }

    @Override
    Integer analyse(PartnershipGraph graph) {
        Map<String, String> names = GraphOptions.names(graph);
        Output out;
        if (bridges) {
            out = new Output("partner", "themes", "groups", "theme_names");
            for (PartnerOverlaps.Bridge b : PartnerOverlaps.bridges(graph, PartnerOverlaps.BRIDGING_THEMES_DEFAULT)) {
                out.row(
                        names.get(b.partnerId()),
                        b.themes().size(),
                        b.groups(),
                        String.join("; ", b.themes().stream().map(names::get).toList()));
            }
        } else if (partner != null) {
            String id = GraphOptions.resolve(graph, partner, graph.partners()).id();
            out = new Output("partner", "shared_groups", "groups");
            for (PartnerOverlaps.CoMember c : PartnerOverlaps.coMembers(graph, id)) {
                out.row(
                        names.get(c.partnerId()),
                        c.sharedGroups().size(),
                        String.join(
                                "; ", c.sharedGroups().stream().map(names::get).toList()));
            }
        } else {
            List<GroupPair> pairs = GroupOverlaps.of(graph).mergeCandidates(measure, threshold);
            out = new Output("group_a", "group_b", "shared", "size_a", "size_b", "jaccard", "overlap");
            for (GroupPair p : pairs) {
                out.row(
                        names.get(p.groupA()),
                        names.get(p.groupB()),
                        p.shared(),
                        p.sizeA(),
                        p.sizeB(),
                        p.jaccard(),
                        p.overlapCoefficient());
            }
        }
        format.print(out, root.out());
        return ExitCodes.OK;
    }

    static final class MeasureConverter implements picocli.CommandLine.ITypeConverter<OverlapMeasure> {
        @Override
        public OverlapMeasure convert(String value) {
            try {
                return OverlapMeasure.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a measure; use shared, jaccard or overlap");
            }
        }
    }
}
