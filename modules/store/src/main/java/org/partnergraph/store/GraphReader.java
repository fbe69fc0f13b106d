package org.partnergraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.partnergraph.model.Area;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Delivery;
import org.partnergraph.model.Group;
import org.partnergraph.model.GroupTheme;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Initiative;
import org.partnergraph.model.Manifest;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Period;
import org.partnergraph.model.Polarity;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Stage;
import org.partnergraph.model.Theme;

/**
 * Reads nodes and relationships into the model, all of them or one partnership's, in a single
 * read transaction so the picture is consistent. Ordered by id, so reads are repeatable.
 */
final class GraphReader {

    /** {@code $p IS NULL} reads every partnership. */
    private static final String WHERE = " WHERE $p IS NULL OR n.partnership = $p ";

    /** The nodes of a whole read, or (where {@code $id} is set) the one node with that id. */
    private static final String NODE_WHERE =
            " WHERE ($p IS NULL OR n.partnership = $p) AND ($id IS NULL OR n.id = $id) ";

    private final TransactionContext tx;
    private final Map<String, Object> params;

    GraphReader(TransactionContext tx, String partnership) {
        this.tx = tx;
        this.params = new java.util.HashMap<>();
        params.put("p", partnership);
        params.put("id", null);
    }

    PartnershipGraph read() {
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        readNodes(b);
        List<Measurement> measurements = new ArrayList<>();
        tx.run(
                        "MATCH (n:Measurement)" + WHERE
                                + "RETURN n {.*, indicator: head([(n)-[:OF]->(i:Indicator) | i.id]),"
                                + " area: head([(n)-[:IN]->(a:Area) | a.id])} AS n",
                        params)
                .forEachRemaining(rec -> measurements.add(measurement(rec.get("n"))));
        measurements.sort(java.util.Comparator.comparing(Measurement::id)
                .thenComparing(Measurement::dating, Dating.ORDER)
                .thenComparing(Assessments::rid));
        b.measurements.addAll(measurements);
        readLinks(b);
        tx.run("MATCH (n:Wave)" + WHERE + "RETURN n ORDER BY n.date, n.id", params)
                .forEachRemaining(rec -> b.waves.add(Assessments.wave(rec.get("n"))));
        return b.build();
    }

    /**
     * The node with {@code id}: the same queries as a whole read, each narrowed to the one id (an
     * index lookup on the label's unique id), so nothing else is read.
     */
    Optional<org.partnergraph.model.Node> node(String id) {
        params.put("id", id);
        PartnershipGraph.Builder b = PartnershipGraph.builder();
        readNodes(b);
        return b.build().node(id);
    }

    private void readNodes(PartnershipGraph.Builder b) {
        nodes(
                "Partner",
                "",
                n -> new Partner(
                        n.get("id").asString(),
                        str(n, "name"),
                        str(n, "type"),
                        str(n, "tier"),
                        str(n, "sector"),
                        aliases(n),
                        str(n, "partnership"),
                        provenance(n)),
                b.partners::add);
        nodes(
                "Group",
                "",
                n -> new Group(
                        n.get("id").asString(),
                        str(n, "name"),
                        str(n, "kind"),
                        aliases(n),
                        str(n, "partnership"),
                        provenance(n)),
                b.groups::add);
        nodes(
                "Theme",
                "",
                n -> new Theme(
                        n.get("id").asString(),
                        str(n, "name"),
                        str(n, "description"),
                        str(n, "partnership"),
                        provenance(n)),
                b.themes::add);
        nodes(
                "Objective",
                ", theme: head([(n)-[:UNDER]->(t:Theme) | t.id])",
                n -> new Objective(
                        n.get("id").asString(), str(n, "name"), str(n, "theme"), str(n, "partnership"), provenance(n)),
                b.objectives::add);
        readPlaceAndWorkNodes(b);
    }

    private void readPlaceAndWorkNodes(PartnershipGraph.Builder b) {
        nodes(
                "Area",
                ", within: head([(n)-[:WITHIN]->(a:Area) | a.id])",
                n -> new Area(
                        n.get("id").asString(),
                        str(n, "name"),
                        str(n, "kind"),
                        str(n, "within"),
                        str(n, "partnership"),
                        provenance(n)),
                b.areas::add);
        nodes(
                "Indicator",
                ", measures: [(n)-[:MEASURES]->(x) | x.id]",
                n -> new Indicator(
                        n.get("id").asString(),
                        str(n, "code"),
                        str(n, "name"),
                        str(n, "unit"),
                        Polarity.parse(str(n, "polarity")),
                        sorted(n.get("measures").asList(Value::asString)),
                        str(n, "lead_individual"),
                        str(n, "monitored_by"),
                        str(n, "risks"),
                        str(n, "partnership"),
                        provenance(n)),
                b.indicators::add);
        nodes(
                "Initiative",
                ", contributes_to: [(n)-[:CONTRIBUTES_TO]->(x) | x.id]",
                n -> new Initiative(
                        n.get("id").asString(),
                        str(n, "name"),
                        str(n, "kind"),
                        str(n, "phase"),
                        str(n, "description"),
                        str(n, "timescale"),
                        str(n, "milestones"),
                        sorted(n.get("contributes_to").asList(Value::asString)),
                        str(n, "partnership"),
                        provenance(n)),
                b.initiatives::add);
    }

    private void readLinks(PartnershipGraph.Builder b) {
        links("Partner", "MEMBER_OF", "Group", (from, to, r) -> b.memberships.add(Assessments.membership(from, to, r)));
        links(
                "Partner",
                "INFLUENCES",
                "Objective",
                (from, to, r) -> b.influences.add(Assessments.influence(from, to, r)));
        links(
                "Partner",
                "RELATIONSHIP",
                "",
                (from, to, r) -> b.relationships.add(Assessments.relationship(from, to, r)));
        links(
                "Partner",
                "LEADS",
                "Indicator",
                (from, to, r) -> b.indicatorLinks.add(new IndicatorLink(from, to, IndicatorRole.LEAD, provenance(r))));
        links(
                "Partner",
                "SUPPORTS",
                "Indicator",
                (from, to, r) ->
                        b.indicatorLinks.add(new IndicatorLink(from, to, IndicatorRole.SUPPORT, provenance(r))));
        links(
                "Group",
                "WORKS_ON",
                "Theme",
                (from, to, r) -> b.groupThemes.add(new GroupTheme(from, to, provenance(r))));
        links(
                "",
                "DELIVERS",
                "Initiative",
                (from, to, r) -> b.deliveries.add(new Delivery(from, to, str(r, "role"), provenance(r))));
    }

    List<Manifest> manifests() {
        List<Manifest> out = new ArrayList<>();
        tx.run("MATCH (n:Partnership)" + WHERE + "RETURN n ORDER BY n.id", params)
                .forEachRemaining(rec -> {
                    Value n = rec.get("n");
                    List<String> files = n.get("source_files").asList(Value::asString, List.of());
                    List<String> titles = n.get("source_titles").asList(Value::asString, List.of());
                    List<Manifest.Source> sources = new ArrayList<>();
                    for (int i = 0; i < files.size(); i++) {
                        sources.add(new Manifest.Source(files.get(i), i < titles.size() ? titles.get(i) : ""));
                    }
                    out.add(new Manifest(
                            n.get("format").asInt(Manifest.FORMAT_VERSION),
                            str(n, "id"),
                            str(n, "name"),
                            str(n, "description"),
                            sources,
                            n.get("date").asLocalDate(null)));
                });
        return out;
    }

    private <T extends org.partnergraph.model.Node> void nodes(
            String label, String extra, Function<Value, T> map, Consumer<T> add) {
        String cypher = "MATCH (n:" + label + ")" + NODE_WHERE + "RETURN n {.*" + extra + "} AS n";
        List<T> items = new ArrayList<>();
        tx.run(cypher, params).forEachRemaining(rec -> items.add(map.apply(rec.get("n"))));
        items.sort(java.util.Comparator.comparing(x -> ((org.partnergraph.model.Node) x).id()));
        items.forEach(add);
    }

    private interface LinkConsumer {
        void accept(String from, String to, Value props);
    }

    private void links(String fromLabel, String type, String toLabel, LinkConsumer add) {
        String from = fromLabel.isEmpty() ? "n" : "n:" + fromLabel;
        String to = toLabel.isEmpty() ? "m" : "m:" + toLabel;
        String cypher = "MATCH (" + from + ")-[r:" + type + "]->(" + to + ")" + WHERE
                + "RETURN n.id AS from, m.id AS to, properties(r) AS r";
        List<Row> rows = new ArrayList<>();
        tx.run(cypher, params).forEachRemaining(rec -> {
            Value r = rec.get("r");
            rows.add(new Row(
                    rec.get("from").asString(), rec.get("to").asString(), r, Assessments.dating(r), str(r, "rid")));
        });
        rows.sort(java.util.Comparator.comparing(Row::from)
                .thenComparing(Row::to)
                .thenComparing(Row::dating, Dating.ORDER)
                .thenComparing(Row::rid));
        rows.forEach(row -> add.accept(row.from(), row.to(), row.props()));
    }

    /** One relationship as read, with what orders it: its ends, then (for assessments) its dating. */
    private record Row(String from, String to, Value props, Dating dating, String rid) {}

    static Measurement measurement(Value n) {
        LocalDate start = n.get("period_start").asLocalDate();
        LocalDate end = n.get("period_end").asLocalDate();
        return new Measurement(
                n.get("id").asString(),
                str(n, "indicator"),
                new Period(start, end, str(n, "period")),
                MeasurementKind.parse(str(n, "kind")),
                n.get("value").asDouble(),
                str(n, "area"),
                str(n, "partnership"),
                provenance(n),
                Assessments.dating(n));
    }

    static Stage stage(Value v, String key) {
        String s = str(v, key);
        return s.isEmpty() ? null : Stage.parse(s);
    }

    static Provenance provenance(Value v) {
        return new Provenance(str(v, "source"), v.get("uncertain").asBoolean(false), str(v, "note"));
    }

    static String str(Value v, String key) {
        Value x = v.get(key);
        return x == null || x.isNull() ? "" : x.asString();
    }

    /** A partner's or group's other spellings; none when the property is absent. */
    private static List<String> aliases(Value n) {
        return n.get("aliases").asList(Value::asString, List.of());
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
