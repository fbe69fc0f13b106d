package org.partnergraph.sheets.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnergraph.model.Group;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;

/**
 * Works out an {@link ImportPlan} from a mapped sheet and the partnership's current graph: partner
 * names matched ({@link PartnerMatcher}, {@link MatchDecisions}: sure matches taken, the rest asked or,
 * where allowed, created), other names looked up, values compared with what the graph holds (the same
 * value again is no new record), and every problem collected. Reads nothing and writes nothing itself.
 */
public final class ImportPlanner {

    final MappedSheet sheet;
    final PartnershipGraph current;
    final ImportOptions options;
    final List<String> problems = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    final PartnershipGraph.Builder changes = PartnershipGraph.builder();
    final Map<String, Partner> partnersOut = new LinkedHashMap<>();
    final Map<String, Group> groupsOut = new LinkedHashMap<>();
    final Map<String, Objective> objectivesOut = new LinkedHashMap<>();
    MatchDecisions.Resolution resolution;
    int added;
    int unchanged;

    private ImportPlanner(MappedSheet sheet, PartnershipGraph current, ImportOptions options) {
        this.sheet = sheet;
        this.current = current;
        this.options = options;
        problems.addAll(sheet.problems());
    }

    /**
     * What importing the sheet would change: records to write, partners to match or create, problems.
     *
     * @param current the partnership's graph as the importing user sees it now (its partners, their
     *     aliases, and the latest value of every rating, stage, membership and measurement)
     */
    public static ImportPlan plan(MappedSheet sheet, PartnershipGraph current, ImportOptions options) {
        ImportPlanner p = new ImportPlanner(sheet, current, options);
        p.matchPartners();
        switch (sheet.mapping().importKind()) {
            case STAKEHOLDERS -> sheet.rows().forEach(p::touchPartner);
            case INFLUENCE -> new RatingRows(p).influences();
            case ENGAGEMENT -> new RatingRows(p).relationships();
            case MEMBERSHIPS -> new RatingRows(p).memberships();
            case ACTUALS -> new ActualRows(p).measurements();
        }
        return p.finish();
    }

    /** The partner fields of each kind; an engagement tracker's "to" may name a group instead. */
    private List<String> partnerFields() {
        return switch (sheet.mapping().importKind()) {
            case STAKEHOLDERS, INFLUENCE, MEMBERSHIPS -> List.of("partner");
            case ENGAGEMENT -> List.of("from", "to");
            case ACTUALS -> List.of();
        };
    }

    private void matchPartners() {
        Map<String, String> firstCell = new LinkedHashMap<>();
        for (MappedRow r : sheet.rows()) {
            for (String f : partnerFields()) {
                String name = r.get(f);
                boolean group = f.equals("to") && group(name) != null;
                if (!name.isEmpty() && !group) {
                    firstCell.putIfAbsent(name, r.at(f) + ": " + f);
                }
            }
        }
        PartnerMatcher matcher = new PartnerMatcher(current.partners());
        List<PartnerMatch> matches =
                firstCell.keySet().stream().map(matcher::match).toList();
        resolution = MatchDecisions.resolve(
                matches,
                sheet.mapping().partners(),
                options.newPartners(),
                current.partners(),
                options.partnership(),
                options.source());
        for (String q : resolution.questions()) {
            questions.add(locate(q, firstCell));
        }
        for (String q : resolution.problems()) {
            problems.add(locate(q, firstCell));
        }
    }

    private static String locate(String sentence, Map<String, String> firstCell) {
        for (Map.Entry<String, String> e : firstCell.entrySet()) {
            if (sentence.startsWith("'" + e.getKey() + "'")) {
                return e.getValue() + ": " + sentence;
            }
        }
        return sentence;
    }

    /** The partner id a row's field names, with the partner (and its new alias) in the changes; null if unresolved. */
    String partner(MappedRow r, String field) {
        String id = resolution.partnerIds().get(r.get(field));
        if (id == null) {
            return null;
        }
        if (!partnersOut.containsKey(id)) {
            Partner p = resolution.created().stream()
                    .filter(c -> c.id().equals(id))
                    .findFirst()
                    .map(c -> described(c, r))
                    .orElseGet(() -> withAliases(existingPartner(id)));
            partnersOut.put(id, p);
        }
        return id;
    }

    private void touchPartner(MappedRow r) {
        String id = partner(r, "partner");
        if (id != null && resolution.created().stream().noneMatch(c -> c.id().equals(id))) {
            unchanged++;
        }
    }

    private Partner existingPartner(String id) {
        return current.partners().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Partner withAliases(Partner p) {
        List<String> more = resolution.aliases().getOrDefault(p.id(), List.of());
        if (more.isEmpty()) {
            return p;
        }
        List<String> all = new ArrayList<>(p.aliases());
        all.addAll(more);
        return new Partner(p.id(), p.name(), p.type(), p.tier(), p.sector(), all, p.partnership(), p.provenance());
    }

    /** A new partner takes the type, tier and sector of the first row naming it. */
    private Partner described(Partner p, MappedRow r) {
        return new Partner(
                p.id(),
                p.name(),
                r.get("type"),
                r.get("tier"),
                r.get("sector"),
                p.aliases(),
                p.partnership(),
                p.provenance());
    }

    Group group(String text) {
        return NodeLookup.find(text, current.groups(), options.partnership());
    }

    Objective objective(String text) {
        return NodeLookup.find(text, current.objectives(), options.partnership());
    }

    /** The provenance of the records a row gives. */
    Provenance provenance(MappedRow r) {
        return new Provenance(options.source() + " row " + (r.row() + 1), false, "");
    }

    private ImportPlan finish() {
        partnersOut.values().forEach(changes.partners::add);
        groupsOut.values().forEach(changes.groups::add);
        // Without its theme: the load would replace the objective's UNDER link, which an import never changes.
        objectivesOut
                .values()
                .forEach(o ->
                        changes.objectives.add(new Objective(o.id(), o.name(), "", o.partnership(), o.provenance())));
        boolean ok = problems.isEmpty() && questions.isEmpty();
        List<String> createdIds = resolution.created().stream().map(Partner::id).toList();
        List<Partner> created = resolution.created().stream()
                .map(c -> partnersOut.getOrDefault(c.id(), c))
                .filter(c -> createdIds.contains(c.id()))
                .toList();
        return new ImportPlan(
                ok ? changes.build() : PartnershipGraph.EMPTY,
                questions,
                problems,
                sheet.notices(),
                added,
                unchanged,
                created,
                resolution.aliases());
    }
}
