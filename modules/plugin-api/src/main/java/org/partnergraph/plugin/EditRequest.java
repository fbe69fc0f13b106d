package org.partnergraph.plugin;

import java.util.Objects;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Partner;
import org.partnergraph.model.Score;
import org.partnergraph.model.Stage;

/**
 * The edits a view may ask for: the parts of the model that are editable.
 *
 * @since 1.0
 */
public sealed interface EditRequest {

    /**
     * What the Edit menu calls it ({@code Undo set influence ...}).
     *
     * @since 1.0
     */
    String description();

    /**
     * Set (or add) a partner's influence and relationship quality on an objective.
     *
     * @since 1.0
     */
    record SetInfluence(String partnerId, String objectiveId, Score influence, Score quality) implements EditRequest {
        /**
         * @throws NullPointerException when a score is missing
         * @since 1.0
         */
        public SetInfluence {
            Objects.requireNonNull(influence, "influence");
            Objects.requireNonNull(quality, "quality");
        }

        @Override
        public String description() {
            return "set influence " + influence + ", quality " + quality;
        }
    }

    /**
     * Set the stage now and wanted of an engagement-tracker row (null: not stated).
     *
     * @since 1.0
     */
    record SetStages(String fromId, String toId, Stage now, Stage wanted) implements EditRequest {
        @Override
        public String description() {
            return "set stage " + (now == null ? "-" : now.label()) + " -> " + (wanted == null ? "-" : wanted.label());
        }
    }

    /**
     * Add a baseline, target or actual to an indicator.
     *
     * @since 1.0
     */
    record AddMeasurement(Measurement measurement) implements EditRequest {
        @Override
        public String description() {
            return "add " + measurement.kind().code() + " " + measurement.period();
        }
    }

    /**
     * Add a partner.
     *
     * @since 1.0
     */
    record AddPartner(Partner partner) implements EditRequest {
        @Override
        public String description() {
            return "add partner " + partner.name();
        }
    }

    /**
     * Add a partner to a group, or change its role there.
     *
     * @since 1.0
     */
    record AddMembership(Membership membership) implements EditRequest {
        @Override
        public String description() {
            return "add membership (" + membership.role().code() + ")";
        }
    }
}
