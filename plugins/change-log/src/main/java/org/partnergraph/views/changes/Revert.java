package org.partnergraph.views.changes;

import org.partnergraph.model.ChangeLog;
import org.partnergraph.model.Dating;
import org.partnergraph.model.Influence;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Relationship;
import org.partnergraph.plugin.EditRequest;

/**
 * What reverting a change asks for: the earlier value appended again as a new assessment (made
 * today, recorded by the viewer), or the sentence saying why a change cannot be reverted. Nothing is
 * deleted: undo of the edit is what removes a record.
 *
 * @param request the edit to ask for, or null where the change cannot be reverted
 * @param refusal why not, or empty
 */
record Revert(EditRequest request, String refusal) {

    static Revert of(ChangeLog.Entry e) {
        return switch (e.kind()) {
            case RATING -> rating((Influence) e.before(), (Influence) e.after());
            case STAGE -> stage((Relationship) e.before());
            case MEMBERSHIP -> membership((Membership) e.before(), (Membership) e.after());
            case MEASUREMENT -> measurement((Measurement) e.before(), (Measurement) e.after());
        };
    }

    boolean possible() {
        return request != null;
    }

    private static Revert to(EditRequest request) {
        return new Revert(request, "");
    }

    private static Revert refused(String why) {
        return new Revert(null, why);
    }

    private static Revert rating(Influence before, Influence after) {
        if (before != null) {
            return to(new EditRequest.SetInfluence(
                    before.partnerId(), before.objectiveId(), before.influence(), before.quality()));
        }
        if (after.dating().ended()) {
            return refused("This rating was already removed; there is no later value to undo.");
        }
        return to(new EditRequest.RemoveInfluence(after.partnerId(), after.objectiveId()));
    }

    private static Revert stage(Relationship before) {
        if (before != null) {
            return to(new EditRequest.SetStages(before.fromId(), before.toId(), before.now(), before.wanted()));
        }
        return refused("These are the first stages recorded for this relationship: there is no earlier value to go"
                + " back to, and a tracker row cannot be removed from here.");
    }

    private static Revert membership(Membership before, Membership after) {
        if (after.dating().ended()) {
            if (before == null) {
                return refused("This end follows no membership that can be restored.");
            }
            return to(new EditRequest.AddMembership(undated(before)));
        }
        if (before == null) {
            return to(new EditRequest.EndMembership(after.partnerId(), after.groupId()));
        }
        return to(new EditRequest.AddMembership(undated(before)));
    }

    /** The earlier role again, as a new membership from today (the old dates stay in the history). */
    private static Membership undated(Membership m) {
        return new Membership(m.partnerId(), m.groupId(), m.role(), m.provenance());
    }

    private static Revert measurement(Measurement before, Measurement after) {
        if (before != null) {
            return to(new EditRequest.CorrectMeasurement(before.withDating(Dating.UNDATED)));
        }
        if (after.dating().ended()) {
            return refused("This measurement was already removed; there is no later value to undo.");
        }
        return to(new EditRequest.RemoveMeasurement(after.id()));
    }
}
