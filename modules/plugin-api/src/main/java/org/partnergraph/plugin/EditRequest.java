package org.partnergraph.plugin;

import java.time.LocalDate;
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

    /**
     * Remove a partner's rating on an objective: a dated end, the earlier ratings stay in the history.
     *
     * @since 2.1
     */
    record RemoveInfluence(String partnerId, String objectiveId) implements EditRequest {
        @Override
        public String description() {
            return "remove influence rating";
        }
    }

    /**
     * End a partner's membership of a group (a dated end; the membership stays in the history).
     *
     * @since 2.1
     */
    record EndMembership(String partnerId, String groupId) implements EditRequest {
        @Override
        public String description() {
            return "end membership";
        }
    }

    /**
     * Replace a measurement (same id, a corrected value, period or area): appended as a revision.
     *
     * @since 2.1
     */
    record CorrectMeasurement(Measurement measurement) implements EditRequest {
        @Override
        public String description() {
            return "correct " + measurement.kind().code() + " " + measurement.period();
        }
    }

    /**
     * Remove a measurement (a dated end of it).
     *
     * @since 2.1
     */
    record RemoveMeasurement(String measurementId) implements EditRequest {
        @Override
        public String description() {
            return "remove measurement";
        }
    }

    /**
     * {@code edit} as an explicitly dated assessment: it holds from {@code date} rather than from today.
     *
     * @since 2.1
     */
    record AsOf(EditRequest edit, LocalDate date) implements EditRequest {
        /**
         * @throws NullPointerException when a part is missing
         * @since 2.1
         */
        public AsOf {
            Objects.requireNonNull(edit, "edit");
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String description() {
            return edit.description() + " as of " + date;
        }
    }
}
