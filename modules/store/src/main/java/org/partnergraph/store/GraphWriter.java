package org.partnergraph.store;

import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.model.Relationship;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;

/**
 * The edits the workbench writes, each one transaction, and the read that tells what is saved.
 * {@link GraphStore} is the implementation; the seam lets a test put a real store behind a writer
 * that makes chosen writes fail. Never called on the Swing event thread.
 *
 * <p>An edit of a rating, stage, membership or measurement appends one dated record and never
 * changes or deletes another; its {@link Change#rid()} names the record, and {@link
 * #retract(String)} takes exactly that record back (undo). The methods without {@link EditOptions}
 * mean {@link EditOptions#NOW}: holding from today, recorded by the store's user, unchecked.
 */
public interface GraphWriter {

    Change<Influence> setInfluence(
            String partnerId, String objectiveId, Score influence, Score quality, Provenance provenance, EditOptions o);

    /** Appends an end of the rating; nothing (an empty change) where there is no rating to end. */
    Change<Influence> removeInfluence(String partnerId, String objectiveId, EditOptions o);

    Change<Relationship> setStages(String fromId, String toId, Stage now, Stage wanted, EditOptions o);

    /** Appends a measurement, or a revision where one with its id exists and the value changed. */
    Change<Measurement> addMeasurement(Measurement m, EditOptions o);

    /** Appends an end of the measurement with this id. */
    Change<Measurement> removeMeasurement(String id, EditOptions o);

    /** Appends a membership (a new role, a known end in {@link Membership#until()}). */
    Change<Membership> addMembership(Membership m, EditOptions o);

    /** Appends an end of the membership, dated at the options' date. */
    Change<Membership> removeMembership(String partnerId, String groupId, EditOptions o);

    /**
     * Deletes the one record with this id (what an edit appended) and nothing else; the record
     * before it is current again.
     *
     * @throws StoreException where there is no such record
     */
    void retract(String rid);

    Change<Partner> addPartner(Partner p);

    void removePartner(String id);

    /** Every partnership's graph as saved now: the current snapshot. */
    PartnershipGraph readGraph();

    /** Every dated record as saved now (the history); a writer that keeps none gives {@link #readGraph()}. */
    default PartnershipGraph readHistory() {
        return readGraph();
    }

    default Change<Influence> setInfluence(
            String partnerId, String objectiveId, Score influence, Score quality, Provenance provenance) {
        return setInfluence(partnerId, objectiveId, influence, quality, provenance, EditOptions.NOW);
    }

    default Change<Influence> removeInfluence(String partnerId, String objectiveId) {
        return removeInfluence(partnerId, objectiveId, EditOptions.NOW);
    }

    default Change<Relationship> setStages(String fromId, String toId, Stage now, Stage wanted) {
        return setStages(fromId, toId, now, wanted, EditOptions.NOW);
    }

    default Change<Measurement> addMeasurement(Measurement m) {
        return addMeasurement(m, EditOptions.NOW);
    }

    default Change<Measurement> removeMeasurement(String id) {
        return removeMeasurement(id, EditOptions.NOW);
    }

    default Change<Membership> addMembership(Membership m) {
        return addMembership(m, EditOptions.NOW);
    }

    default Change<Membership> removeMembership(String partnerId, String groupId) {
        return removeMembership(partnerId, groupId, EditOptions.NOW);
    }
}
