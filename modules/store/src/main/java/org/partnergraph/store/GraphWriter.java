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
 */
public interface GraphWriter {

    Change<Influence> setInfluence(
            String partnerId, String objectiveId, Score influence, Score quality, Provenance provenance);

    Change<Influence> removeInfluence(String partnerId, String objectiveId);

    Change<Relationship> setStages(String fromId, String toId, Stage now, Stage wanted);

    Change<Measurement> addMeasurement(Measurement m);

    void removeMeasurement(String id);

    Change<Partner> addPartner(Partner p);

    void removePartner(String id);

    Change<Membership> addMembership(Membership m);

    void removeMembership(String partnerId, String groupId);

    /** Every partnership's graph as saved now. */
    PartnershipGraph readGraph();
}
