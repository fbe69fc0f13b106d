package org.partnergraph.workbench.edit;

import java.time.LocalDate;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Provenance;
import org.partnergraph.plugin.EditRequest;

/** A plugin's {@link EditRequest} as the op that does it, and the date it holds from. */
record Requests(GraphOp op, LocalDate asOf) {

    /**
     * The op for {@code request}; {@code shown} (the graph as of the edit's date) gives the
     * measurement or membership a removal names by id.
     *
     * @throws IllegalArgumentException where the request names nothing the graph holds, in a sentence
     */
    static Requests of(EditRequest request, PartnershipGraph shown) {
        if (request instanceof EditRequest.AsOf dated) {
            if (dated.edit() instanceof EditRequest.AsOf) {
                throw new IllegalArgumentException("An edit can hold from one date only; nothing was changed.");
            }
            return new Requests(of(dated.edit(), shown).op(), dated.date());
        }
        return new Requests(op(request, shown), null);
    }

    private static GraphOp op(EditRequest request, PartnershipGraph shown) {
        if (request instanceof EditRequest.SetInfluence s) {
            return new GraphOp.SetInfluence(new Influence(
                    s.partnerId(),
                    s.objectiveId(),
                    s.influence(),
                    s.quality(),
                    Provenance.of("edited in the workbench")));
        } else if (request instanceof EditRequest.SetStages s) {
            return new GraphOp.SetStages(s.fromId(), s.toId(), s.now(), s.wanted());
        } else if (request instanceof EditRequest.AddMeasurement a) {
            return new GraphOp.AddMeasurement(a.measurement());
        } else if (request instanceof EditRequest.CorrectMeasurement c) {
            return new GraphOp.AddMeasurement(c.measurement(), true);
        } else if (request instanceof EditRequest.RemoveMeasurement r) {
            return new GraphOp.RemoveMeasurement(measurement(shown, r.measurementId()));
        } else if (request instanceof EditRequest.AddPartner a) {
            return new GraphOp.AddPartner(a.partner());
        } else if (request instanceof EditRequest.AddMembership a) {
            return new GraphOp.AddMembership(a.membership());
        } else if (request instanceof EditRequest.EndMembership e) {
            return new GraphOp.AddMembership(membership(shown, e.partnerId(), e.groupId()), true);
        } else if (request instanceof EditRequest.RemoveInfluence r) {
            return new GraphOp.RemoveInfluence(r.partnerId(), r.objectiveId());
        }
        throw new IllegalArgumentException("unknown edit " + request);
    }

    private static Measurement measurement(PartnershipGraph shown, String id) {
        return shown.measurements().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "There is no measurement '" + id + "' to remove; nothing was changed."));
    }

    private static Membership membership(PartnershipGraph shown, String partnerId, String groupId) {
        return shown.memberships().stream()
                .filter(m -> m.partnerId().equals(partnerId) && m.groupId().equals(groupId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        partnerId + " is not a member of " + groupId + "; nothing was changed."));
    }
}
