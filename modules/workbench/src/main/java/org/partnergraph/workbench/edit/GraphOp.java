package org.partnergraph.workbench.edit;

import java.util.List;
import java.util.Optional;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Stage;
import org.partnergraph.plugin.EditRequest;
import org.partnergraph.store.GraphWriter;

/**
 * One write to the store, what it does to the in-memory graph, and the op that takes it back.
 * The store appends a record for every edit of a rating, stage, membership or measurement, so
 * the inverse of such an op is a {@link Retract} of the record the op appended: in memory it
 * restores the value the graph held before (computed from the graph before the op, which mirrors
 * the database), in the store it deletes exactly that record and nothing else.
 */
public sealed interface GraphOp {

    /** The graph with this op applied. */
    PartnershipGraph applyTo(PartnershipGraph g);

    /**
     * Writes this op in one transaction. Never on the event thread.
     *
     * @return the id of the record the store appended, or null where it appended none
     */
    String writeTo(GraphWriter store);

    /** The op that restores {@code before}, the graph this op is applied to. */
    GraphOp inverseOn(PartnershipGraph before);

    /**
     * What this op sets: two ops with the same slot write the same rating, tracker row, membership,
     * measurement or partner, so the inverse of the later one restores what the earlier one set.
     */
    String slot();

    /** The op for a plugin's request. */
    static GraphOp of(EditRequest request) {
        if (request instanceof EditRequest.SetInfluence s) {
            return new SetInfluence(new Influence(
                    s.partnerId(),
                    s.objectiveId(),
                    s.influence(),
                    s.quality(),
                    Provenance.of("edited in the workbench")));
        } else if (request instanceof EditRequest.SetStages s) {
            return new SetStages(s.fromId(), s.toId(), s.now(), s.wanted());
        } else if (request instanceof EditRequest.AddMeasurement a) {
            return new AddMeasurement(a.measurement());
        } else if (request instanceof EditRequest.AddPartner a) {
            return new AddPartner(a.partner());
        } else if (request instanceof EditRequest.AddMembership a) {
            return new AddMembership(a.membership());
        }
        throw new IllegalArgumentException("unknown edit " + request);
    }

    /**
     * Where an op's write says which record it appended; set on the writer thread after the write,
     * read there by the undo queued after it.
     */
    final class Appended {
        private volatile String rid;

        public String rid() {
            return rid;
        }

        void set(String recordId) {
            rid = recordId;
        }
    }

    /** Takes back the record an edit appended; in memory, puts back what {@code restore} says. */
    record Retract(Appended appended, GraphOp restore) implements GraphOp {
        @Override
        public String slot() {
            return restore.slot();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph g) {
            return restore.applyTo(g);
        }

        @Override
        public String writeTo(GraphWriter store) {
            String rid = appended.rid();
            if (rid != null) {
                store.retract(rid);
            }
            return null;
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            throw new UnsupportedOperationException("a retraction is only ever an undo");
        }
    }

    /** The inverse of an op that appends a record: retract it, and restore {@code before} in memory. */
    static GraphOp retracting(GraphOp restore) {
        return new Retract(new Appended(), restore);
    }

    /** Sets (or adds) an influence rating. */
    record SetInfluence(Influence value) implements GraphOp {
        @Override
        public String slot() {
            return "influence " + value.partnerId() + " " + value.objectiveId();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph g) {
            return Graphs.with(g, b -> {
                int i = indexOf(b.influences, value.partnerId(), value.objectiveId());
                if (i >= 0) {
                    b.influences.set(i, value);
                } else {
                    b.influences.add(value);
                }
            });
        }

        @Override
        public String writeTo(GraphWriter store) {
            return store.setInfluence(
                            value.partnerId(),
                            value.objectiveId(),
                            value.influence(),
                            value.quality(),
                            value.provenance())
                    .rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            int i = indexOf(before.influences(), value.partnerId(), value.objectiveId());
            return retracting(
                    i >= 0
                            ? new SetInfluence(before.influences().get(i))
                            : new RemoveInfluence(value.partnerId(), value.objectiveId()));
        }

        static int indexOf(List<Influence> list, String partnerId, String objectiveId) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).partnerId().equals(partnerId)
                        && list.get(i).objectiveId().equals(objectiveId)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Removes an influence rating. */
    record RemoveInfluence(String partnerId, String objectiveId) implements GraphOp {
        @Override
        public String slot() {
            return "influence " + partnerId + " " + objectiveId;
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph g) {
            return Graphs.with(
                    g,
                    b -> b.influences.removeIf(x ->
                            x.partnerId().equals(partnerId) && x.objectiveId().equals(objectiveId)));
        }

        @Override
        public String writeTo(GraphWriter store) {
            return store.removeInfluence(partnerId, objectiveId).rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            int i = SetInfluence.indexOf(before.influences(), partnerId, objectiveId);
            return retracting(i >= 0 ? new SetInfluence(before.influences().get(i)) : this);
        }
    }

    /** Sets the stages of an existing engagement-tracker row. */
    record SetStages(String fromId, String toId, Stage now, Stage wanted) implements GraphOp {
        @Override
        public String slot() {
            return "stages " + fromId + " " + toId;
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph g) {
            return Graphs.with(
                    g,
                    b -> b.relationships.replaceAll(
                            r -> r.fromId().equals(fromId) && r.toId().equals(toId)
                                    ? new Relationship(
                                            fromId,
                                            toId,
                                            now,
                                            wanted,
                                            r.priority(),
                                            r.lead(),
                                            r.background(),
                                            r.actions(),
                                            r.provenance())
                                    : r));
        }

        @Override
        public String writeTo(GraphWriter store) {
            return store.setStages(fromId, toId, now, wanted).rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            Optional<Relationship> r = before.relationships().stream()
                    .filter(x -> x.fromId().equals(fromId) && x.toId().equals(toId))
                    .findFirst();
            if (r.isEmpty()) {
                throw new IllegalArgumentException("There is no tracked relationship from " + fromId + " to " + toId
                        + "; only existing tracker rows can be edited.");
            }
            return retracting(new SetStages(fromId, toId, r.get().now(), r.get().wanted()));
        }
    }

    /** Adds a measurement. */
    record AddMeasurement(Measurement value) implements GraphOp {
        @Override
        public String slot() {
            return "measurement " + value.id();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph g) {
            return Graphs.with(g, b -> b.measurements.add(value));
        }

        @Override
        public String writeTo(GraphWriter store) {
            return store.addMeasurement(value).rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            if (before.measurements().stream().anyMatch(m -> m.id().equals(value.id()))) {
                throw new IllegalArgumentException("The indicator already has a "
                        + value.kind().code() + " for " + value.period() + "; change that one instead.");
            }
            return retracting(new RemoveMeasurement(value));
        }
    }

    /** Removes a measurement. */
    record RemoveMeasurement(Measurement value) implements GraphOp {
        @Override
        public String slot() {
            return "measurement " + value.id();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph g) {
            return Graphs.with(g, b -> b.measurements.removeIf(m -> m.id().equals(value.id())));
        }

        @Override
        public String writeTo(GraphWriter store) {
            return store.removeMeasurement(value.id()).rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            return retracting(new AddMeasurement(value));
        }
    }

    /** Adds a partner. */
    record AddPartner(Partner value) implements GraphOp {
        @Override
        public String slot() {
            return "partner " + value.id();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph g) {
            return Graphs.with(g, b -> b.partners.add(value));
        }

        @Override
        public String writeTo(GraphWriter store) {
            store.addPartner(value);
            return null;
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            if (before.partners().stream().anyMatch(p -> p.id().equals(value.id()))) {
                throw new IllegalArgumentException("There is already a partner with the id '" + value.id() + "'.");
            }
            return new RemovePartner(value);
        }
    }

    /** Removes a partner added by {@link AddPartner}. */
    record RemovePartner(Partner value) implements GraphOp {
        @Override
        public String slot() {
            return "partner " + value.id();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph g) {
            return Graphs.with(g, b -> {
                b.partners.removeIf(p -> p.id().equals(value.id()));
                b.memberships.removeIf(m -> m.partnerId().equals(value.id()));
                b.influences.removeIf(m -> m.partnerId().equals(value.id()));
            });
        }

        @Override
        public String writeTo(GraphWriter store) {
            store.removePartner(value.id());
            return null;
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            return new AddPartner(value);
        }
    }

    /** Adds a membership, or changes the role of an existing one. */
    record AddMembership(Membership value) implements GraphOp {
        @Override
        public String slot() {
            return "membership " + value.partnerId() + " " + value.groupId();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph g) {
            return Graphs.with(g, b -> {
                b.memberships.removeIf(m -> same(m, value));
                b.memberships.add(value);
            });
        }

        @Override
        public String writeTo(GraphWriter store) {
            return store.addMembership(value).rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            return before.memberships().stream()
                    .filter(m -> same(m, value))
                    .findFirst()
                    .<GraphOp>map(AddMembership::new)
                    .map(GraphOp::retracting)
                    .orElse(retracting(new RemoveMembership(value)));
        }

        static boolean same(Membership a, Membership b) {
            return a.partnerId().equals(b.partnerId()) && a.groupId().equals(b.groupId());
        }
    }

    /** Removes a membership. */
    record RemoveMembership(Membership value) implements GraphOp {
        @Override
        public String slot() {
            return "membership " + value.partnerId() + " " + value.groupId();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph g) {
            return Graphs.with(g, b -> b.memberships.removeIf(m -> AddMembership.same(m, value)));
        }

        @Override
        public String writeTo(GraphWriter store) {
            return store.removeMembership(value.partnerId(), value.groupId()).rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            return retracting(new AddMembership(value));
        }
    }
}
