package org.partnergraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.partnergraph.model.Manifest;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;

/**
 * Writes a checked dataset in one transaction: {@code UNWIND} batches of {@link #BATCH_SIZE_DEFAULT}
 * rows, {@code MERGE} on ids, so a second load of the same bundle changes nothing and any failure
 * leaves the database exactly as it was. Cancellation is checked before every batch: a cancelled
 * load throws {@link LoadCancelledException} inside the transaction, which rolls it back.
 */
final class DatasetLoader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatasetLoader.class);

    /** Rows per UNWIND statement; 10k is twice as fast as 1k here (DESIGN.md performance notes). */
    static final int BATCH_SIZE_DEFAULT = 10_000;

    private final PartnershipGraph graph;
    private final Manifest manifest;
    private final Map<String, String> labelOf = new HashMap<>();
    private final LongConsumer progress;
    private final BooleanSupplier cancelled;
    private long written;
    /**
     * True when the partnership is not in the database yet: every id is new and the reader has
     * refused duplicate rows, so CREATE is safe and about twice as fast as MERGE.
     */
    private boolean fresh;

    DatasetLoader(Manifest manifest, PartnershipGraph graph, LongConsumer progress, BooleanSupplier cancelled) {
        this.manifest = manifest;
        this.graph = graph;
        this.progress = progress;
        this.cancelled = cancelled;
        graph.partners().forEach(n -> labelOf.put(n.id(), "Partner"));
        graph.groups().forEach(n -> labelOf.put(n.id(), "Group"));
        graph.themes().forEach(n -> labelOf.put(n.id(), "Theme"));
        graph.objectives().forEach(n -> labelOf.put(n.id(), "Objective"));
    }

    /** Rows (nodes and relationships) a load of {@code g} writes, for progress. */
    static long size(PartnershipGraph g) {
        long nodes = 1L
                + g.partners().size()
                + g.groups().size()
                + g.themes().size()
                + g.objectives().size()
                + g.areas().size()
                + g.indicators().size()
                + g.measurements().size()
                + g.initiatives().size()
                + g.waves().size();
        long links = g.objectives().stream().filter(o -> !o.themeId().isEmpty()).count()
                + g.areas().stream().filter(a -> !a.withinId().isEmpty()).count()
                + g.measurements().size()
                + g.measurements().stream().filter(m -> !m.areaId().isEmpty()).count()
                + g.indicators().stream().mapToLong(i -> i.measures().size()).sum()
                + g.initiatives().stream()
                        .mapToLong(i -> i.contributesTo().size())
                        .sum()
                + g.memberships().size()
                + g.influences().size()
                + g.relationships().size()
                + g.indicatorLinks().size()
                + g.groupThemes().size()
                + g.deliveries().size();
        return nodes + links;
    }

    long load(Session session) {
        return session.executeWrite(tx -> {
            written = 0;
            fresh = !tx.run(
                            "MATCH (p:Partnership {id: $id}) RETURN count(p) > 0 AS exists",
                            Map.of("id", manifest.partnership()))
                    .single()
                    .get("exists")
                    .asBoolean();
            writeAll(tx);
            return written;
        });
    }

    private void writeAll(TransactionContext tx) {
        tx.run(
                        "MERGE (p:Partnership {id: $id}) SET p += $props",
                        Map.of(
                                "id",
                                manifest.partnership(),
                                "props",
                                Props.map(
                                        "name",
                                        manifest.name(),
                                        "description",
                                        manifest.description(),
                                        "format",
                                        manifest.formatVersion(),
                                        "partnership",
                                        manifest.partnership(),
                                        "source_files",
                                        manifest.sources().stream()
                                                .map(Manifest.Source::file)
                                                .toList(),
                                        "source_titles",
                                        manifest.sources().stream()
                                                .map(Manifest.Source::title)
                                                .toList(),
                                        "date",
                                        manifest.date())))
                .consume();
        nodes(tx, "Partner", graph.partners(), Props::partner);
        nodes(tx, "Group", graph.groups(), Props::group);
        nodes(tx, "Theme", graph.themes(), Props::theme);
        nodes(tx, "Objective", graph.objectives(), Props::objective);
        nodes(tx, "Area", graph.areas(), Props::area);
        nodes(tx, "Indicator", graph.indicators(), Props::indicator);
        nodes(tx, "Measurement", "rid", graph.measurements(), Assessments::props);
        nodes(tx, "Wave", graph.waves(), Props::wave);
        nodes(tx, "Initiative", graph.initiatives(), Props::initiative);

        List<Link> links = new ArrayList<>();
        graph.objectives().stream()
                .filter(o -> !o.themeId().isEmpty())
                .forEach(o -> links.add(single("UNDER", "Objective", o.id(), "Theme", o.themeId(), o.provenance())));
        graph.areas().stream()
                .filter(a -> !a.withinId().isEmpty())
                .forEach(a -> links.add(single("WITHIN", "Area", a.id(), "Area", a.withinId(), a.provenance())));
        graph.measurements().forEach(m -> {
            String rid = Assessments.rid(m);
            links.add(single("OF", "Measurement", rid, "Indicator", m.indicatorId(), m.provenance()));
            if (!m.areaId().isEmpty()) {
                links.add(single("IN", "Measurement", rid, "Area", m.areaId(), m.provenance()));
            }
        });
        graph.indicators().forEach(i -> i.measures()
                .forEach(t -> links.add(link("MEASURES", "Indicator", i.id(), t, Props.map(), i.provenance()))));
        graph.initiatives().forEach(i -> i.contributesTo()
                .forEach(t -> links.add(link("CONTRIBUTES_TO", "Initiative", i.id(), t, Props.map(), i.provenance()))));
        graph.memberships()
                .forEach(m -> links.add(record("MEMBER_OF", m.partnerId(), m.groupId(), Assessments.props(m))));
        graph.influences()
                .forEach(i -> links.add(record("INFLUENCES", i.partnerId(), i.objectiveId(), Assessments.props(i))));
        graph.relationships()
                .forEach(r -> links.add(record("RELATIONSHIP", r.fromId(), r.toId(), Assessments.props(r))));
        graph.indicatorLinks()
                .forEach(l -> links.add(new Link(
                        l.role().name().equals("LEAD") ? "LEADS" : "SUPPORTS",
                        "Partner",
                        l.partnerId(),
                        "Indicator",
                        l.indicatorId(),
                        false,
                        Props.withProvenance(Props.map(), l.provenance()))));
        graph.groupThemes()
                .forEach(g ->
                        links.add(link("WORKS_ON", "Group", g.groupId(), g.themeId(), Props.map(), g.provenance())));
        graph.deliveries()
                .forEach(d -> links.add(new Link(
                        "DELIVERS",
                        labelOf.get(d.deliveredById()),
                        d.deliveredById(),
                        "Initiative",
                        d.initiativeId(),
                        false,
                        Props.withProvenance(Props.map("role", d.role()), d.provenance()))));
        writeLinks(tx, links);
    }

    private <T> void nodes(TransactionContext tx, String label, List<T> items, Function<T, Map<String, Object>> props) {
        nodes(tx, label, "id", items, props);
    }

    /** Nodes merged on {@code key}: {@code id}, or {@code rid} for measurement revisions. */
    private <T> void nodes(
            TransactionContext tx, String label, String key, List<T> items, Function<T, Map<String, Object>> props) {
        String cypher = fresh
                ? "UNWIND $rows AS r CREATE (n:" + label + ") SET n = r"
                : "UNWIND $rows AS r MERGE (n:" + label + " {" + key + ": r." + key + "}) SET n += r";
        batches(tx, cypher, items.stream().map(props).toList());
    }

    /**
     * One relationship to write; {@code single} ones replace any other of their type from the same
     * node; {@code assessment} ones are dated records merged on their {@code rid}, several per pair.
     */
    private record Link(
            String type,
            String fromLabel,
            String from,
            String toLabel,
            String to,
            boolean single,
            boolean assessment,
            Map<String, Object> props) {

        Link(
                String type,
                String fromLabel,
                String from,
                String toLabel,
                String to,
                boolean single,
                Map<String, Object> props) {
            this(type, fromLabel, from, toLabel, to, single, false, props);
        }

        String key() {
            return type + "|" + fromLabel + "|" + toLabel + "|" + single + "|" + assessment;
        }

        /** Measurements are told apart by their record id; every other node by its id. */
        String fromKey() {
            return fromLabel.equals("Measurement") ? "rid" : "id";
        }
    }

    private Link record(String type, String from, String to, Map<String, Object> props) {
        return new Link(type, "Partner", from, labelOf.get(to), to, false, true, props);
    }

    private Link link(String type, String fromLabel, String from, String to, Map<String, Object> props, Provenance p) {
        return new Link(type, fromLabel, from, labelOf.get(to), to, false, Props.withProvenance(props, p));
    }

    private Link single(String type, String fromLabel, String from, String toLabel, String to, Provenance p) {
        return new Link(type, fromLabel, from, toLabel, to, true, Props.withProvenance(Props.map(), p));
    }

    private void writeLinks(TransactionContext tx, List<Link> links) {
        Map<String, List<Link>> byKey = new java.util.LinkedHashMap<>();
        links.forEach(
                l -> byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l));
        for (List<Link> group : byKey.values()) {
            Link first = group.get(0);
            if (first.fromLabel() == null || first.toLabel() == null) {
                throw new IllegalStateException("unresolved label in " + first);
            }
            String clear = first.single() ? " CALL (a) { MATCH (a)-[old:" + first.type() + "]->() DELETE old }" : "";
            String merge = fresh ? "CREATE" : "MERGE";
            String rel = "x:" + first.type() + (first.assessment() && !fresh ? " {rid: r.props.rid}" : "");
            String cypher = "UNWIND $rows AS r MATCH (a:" + first.fromLabel() + " {" + first.fromKey() + ": r.from})"
                    + clear + " MATCH (b:" + first.toLabel() + " {id: r.to}) " + merge + " (a)-[" + rel
                    + "]->(b) SET x += r.props";
            batches(
                    tx,
                    cypher,
                    group.stream()
                            .map(l -> Map.<String, Object>of("from", l.from(), "to", l.to(), "props", l.props()))
                            .toList());
        }
    }

    private void batches(TransactionContext tx, String cypher, List<Map<String, Object>> rows) {
        for (int i = 0; i < rows.size(); i += BATCH_SIZE_DEFAULT) {
            if (cancelled.getAsBoolean()) {
                throw new LoadCancelledException();
            }
            List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + BATCH_SIZE_DEFAULT));
            long t0 = System.nanoTime();
            tx.run(cypher, Map.of("rows", batch)).consume();
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} rows in {} ms: {}", batch.size(), (System.nanoTime() - t0) / 1_000_000, cypher);
            }
            written += batch.size();
            progress.accept(written);
        }
    }
}
