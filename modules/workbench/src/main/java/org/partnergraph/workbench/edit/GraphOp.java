package org.partnergraph.workbench.edit;

import java.util.Optional;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Stage;
import org.partnergraph.store.EditOptions;
import org.partnergraph.store.GraphWriter;

/**
 * One write to the store, what it does to the history in memory, and the op that takes it back.
 * The store appends a record for every edit of a rating, stage, membership or measurement, and so
 * does an op in memory: {@link #applyTo} appends one record with the dating the edit service gives
 * (so the history shown and the one saved hold the same records). The inverse of such an op is a
 * {@link Retract} of the record it appended: in memory it removes that record by its dating, in the
 * store it deletes exactly that record and nothing else.
 */
public sealed interface GraphOp {

    /** The history with this op applied; an appended record carries {@code dating}. */
    PartnershipGraph applyTo(PartnershipGraph history, Dating dating);

    /**
     * Writes this op in one transaction, dated and checked as {@code options} say. Never on the event thread.
     *
     * @return the id of the record the store appended, or null where it appended none
     */
    String writeTo(GraphWriter store, EditOptions options);

    /** The op that takes this one back; {@code before} is the graph as of the edit's date. */
    GraphOp inverseOn(PartnershipGraph before);

    /**
     * What this op sets: two ops with the same slot write the same rating, tracker row, membership,
     * measurement or partner, so the inverse of the later one restores what the earlier one set.
     */
    String slot();

    /**
     * The assessment this edit changes as the history in memory holds it (the store refuses the
     * edit where someone else has recorded one since); empty where nothing is checked.
     */
    default Optional<Dating> basedOn(PartnershipGraph history) {
        return Optional.empty();
    }

    /** Takes back the record an edit appended; {@code restore} names the slot and what held before. */
    record Retract(Appended appended, GraphOp restore) implements GraphOp {
        @Override
        public String slot() {
            return restore.slot();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph history, Dating dating) {
            Dating d = appended.dating();
            PartnershipGraph out = Graphs.without(history, d);
            if (d == null || Graphs.records(out) != Graphs.records(history)) {
                return out;
            }
            // the history was read again since the edit, so its record has the store's time: it is the
            // newest record of the thing, unless someone else recorded one after it
            return restore.basedOn(history)
                    .filter(n -> n.recordedAt() != null && Graphs.sameButTime(n, d))
                    .map(n -> Graphs.without(history, n))
                    .orElse(history);
        }

        @Override
        public String writeTo(GraphWriter store, EditOptions options) {
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

    private static Optional<Dating> measurementBasis(PartnershipGraph history, String id) {
        return Optional.of(Graphs.newest(history.measurements(), m -> m.id().equals(id), Measurement::dating));
    }

    /** The inverse of an op that appends a record: retract it. */
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
        public PartnershipGraph applyTo(PartnershipGraph history, Dating dating) {
            return Graphs.with(history, b -> b.influences.add(value.withDating(dating)));
        }

        @Override
        public String writeTo(GraphWriter store, EditOptions o) {
            return store.setInfluence(
                            value.partnerId(),
                            value.objectiveId(),
                            value.influence(),
                            value.quality(),
                            value.provenance(),
                            o)
                    .rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            return retracting(this);
        }

        @Override
        public Optional<Dating> basedOn(PartnershipGraph history) {
            return Optional.of(
                    Graphs.newest(history.influences(), i -> i.key().equals(value.key()), Influence::dating));
        }
    }

    /** Ends an influence rating (a dated end; the earlier ratings stay in the history). */
    record RemoveInfluence(String partnerId, String objectiveId) implements GraphOp {
        @Override
        public String slot() {
            return "influence " + partnerId + " " + objectiveId;
        }

        private boolean same(Influence i) {
            return i.partnerId().equals(partnerId) && i.objectiveId().equals(objectiveId);
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph history, Dating dating) {
            return Graphs.latestOn(history.influences(), this::same, Influence::dating, dating.asOf())
                    .filter(i -> !i.dating().ended())
                    .map(i -> Graphs.with(history, b -> b.influences.add(i.withDating(dating.asEnd()))))
                    .orElse(history);
        }

        @Override
        public String writeTo(GraphWriter store, EditOptions o) {
            return store.removeInfluence(partnerId, objectiveId, o).rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            if (before.influences().stream().noneMatch(this::same)) {
                throw new IllegalArgumentException("There is no rating of " + partnerId + " on " + objectiveId
                        + " to remove; nothing was changed.");
            }
            return retracting(this);
        }

        @Override
        public Optional<Dating> basedOn(PartnershipGraph history) {
            return Optional.of(Graphs.newest(history.influences(), this::same, Influence::dating));
        }
    }

    /** Sets the stages of an existing engagement-tracker row. */
    record SetStages(String fromId, String toId, Stage now, Stage wanted) implements GraphOp {
        @Override
        public String slot() {
            return "stages " + fromId + " " + toId;
        }

        private boolean same(Relationship r) {
            return r.fromId().equals(fromId) && r.toId().equals(toId);
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph history, Dating dating) {
            return Graphs.latestOn(history.relationships(), this::same, Relationship::dating, dating.asOf())
                    .map(r -> Graphs.with(
                            history,
                            b -> b.relationships.add(new Relationship(
                                    fromId,
                                    toId,
                                    now,
                                    wanted,
                                    r.priority(),
                                    r.lead(),
                                    r.background(),
                                    r.actions(),
                                    r.provenance(),
                                    dating))))
                    .orElse(history);
        }

        @Override
        public String writeTo(GraphWriter store, EditOptions o) {
            return store.setStages(fromId, toId, now, wanted, o).rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            if (before.relationships().stream().noneMatch(this::same)) {
                throw new IllegalArgumentException("There is no tracked relationship from " + fromId + " to " + toId
                        + "; only existing tracker rows can be edited.");
            }
            return retracting(this);
        }

        @Override
        public Optional<Dating> basedOn(PartnershipGraph history) {
            return Optional.of(Graphs.newest(history.relationships(), this::same, Relationship::dating));
        }
    }

    /** Adds a measurement, or (where {@code correction}) appends a revision of one with the same id. */
    record AddMeasurement(Measurement value, boolean correction) implements GraphOp {
        public AddMeasurement(Measurement value) {
            this(value, false);
        }

        @Override
        public String slot() {
            return "measurement " + value.id();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph history, Dating dating) {
            return Graphs.with(history, b -> b.measurements.add(value.withDating(dating)));
        }

        @Override
        public String writeTo(GraphWriter store, EditOptions o) {
            return store.addMeasurement(value, o).rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            boolean exists = before.measurements().stream().anyMatch(m -> m.id().equals(value.id()));
            if (exists && !correction) {
                throw new IllegalArgumentException("The indicator already has a "
                        + value.kind().code() + " for " + value.period() + "; change that one instead.");
            }
            if (!exists && correction) {
                throw new IllegalArgumentException(
                        "There is no measurement '" + value.id() + "' to correct; nothing was changed.");
            }
            return retracting(this);
        }

        @Override
        public Optional<Dating> basedOn(PartnershipGraph history) {
            return measurementBasis(history, value.id());
        }
    }

    /** Ends a measurement (a dated end). */
    record RemoveMeasurement(Measurement value) implements GraphOp {
        @Override
        public String slot() {
            return "measurement " + value.id();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph history, Dating dating) {
            return Graphs.with(history, b -> b.measurements.add(value.withDating(dating.asEnd())));
        }

        @Override
        public String writeTo(GraphWriter store, EditOptions o) {
            return store.removeMeasurement(value.id(), o).rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            return retracting(this);
        }

        @Override
        public Optional<Dating> basedOn(PartnershipGraph history) {
            return measurementBasis(history, value.id());
        }
    }

    /** Adds a partner (a node, not an assessment: undone by removing it). */
    record AddPartner(Partner value) implements GraphOp {
        @Override
        public String slot() {
            return "partner " + value.id();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph history, Dating dating) {
            return Graphs.with(history, b -> b.partners.add(value));
        }

        @Override
        public String writeTo(GraphWriter store, EditOptions o) {
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

    /** Removes a partner added by {@link AddPartner}, with every record of it. */
    record RemovePartner(Partner value) implements GraphOp {
        @Override
        public String slot() {
            return "partner " + value.id();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph history, Dating dating) {
            return Graphs.with(history, b -> {
                b.partners.removeIf(p -> p.id().equals(value.id()));
                b.memberships.removeIf(m -> m.partnerId().equals(value.id()));
                b.influences.removeIf(m -> m.partnerId().equals(value.id()));
            });
        }

        @Override
        public String writeTo(GraphWriter store, EditOptions o) {
            store.removePartner(value.id());
            return null;
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            return new AddPartner(value);
        }
    }

    /** Adds a membership, changes its role, or (where {@code end}) ends it. */
    record AddMembership(Membership value, boolean end) implements GraphOp {
        public AddMembership(Membership value) {
            this(value, false);
        }

        @Override
        public String slot() {
            return "membership " + value.partnerId() + " " + value.groupId();
        }

        @Override
        public PartnershipGraph applyTo(PartnershipGraph history, Dating dating) {
            Membership m = end
                    ? new Membership(
                            value.partnerId(), value.groupId(), value.role(), value.provenance(), dating.asEnd(), null)
                    : value.withDating(dating);
            return Graphs.with(history, b -> b.memberships.add(m));
        }

        @Override
        public String writeTo(GraphWriter store, EditOptions o) {
            return end
                    ? store.removeMembership(value.partnerId(), value.groupId(), o)
                            .rid()
                    : store.addMembership(value, o).rid();
        }

        @Override
        public GraphOp inverseOn(PartnershipGraph before) {
            if (end && before.memberships().stream().noneMatch(m -> m.key().equals(value.key()))) {
                throw new IllegalArgumentException(
                        value.partnerId() + " is not a member of " + value.groupId() + "; nothing was changed.");
            }
            return retracting(this);
        }

        @Override
        public Optional<Dating> basedOn(PartnershipGraph history) {
            return Optional.of(
                    Graphs.newest(history.memberships(), m -> m.key().equals(value.key()), Membership::dating));
        }
    }
}
