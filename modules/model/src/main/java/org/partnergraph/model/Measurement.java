package org.partnergraph.model;

/**
 * One value of an indicator: a baseline, a target or an actual, for a period and optionally an area.
 * A remark written beside the value is the provenance's note.
 *
 * @param id stable id; datasets may leave it empty and it is derived from indicator, kind, period and area
 * @param areaId the area the value is for, or empty for the indicator's whole area
 * @param dating when this value became the one that holds (a revision has the same id and a later
 *     dating) and who recorded it
 */
public record Measurement(
        String id,
        String indicatorId,
        Period period,
        MeasurementKind kind,
        double value,
        String areaId,
        String partnership,
        Provenance provenance,
        Dating dating) {

    public Measurement {
        dating = dating == null ? Dating.UNDATED : dating;
    }

    /** An undated value. */
    public Measurement(
            String id,
            String indicatorId,
            Period period,
            MeasurementKind kind,
            double value,
            String areaId,
            String partnership,
            Provenance provenance) {
        this(id, indicatorId, period, kind, value, areaId, partnership, provenance, Dating.UNDATED);
    }

    public Measurement withDating(Dating d) {
        return new Measurement(id, indicatorId, period, kind, value, areaId, partnership, provenance, d);
    }

    /** The id a measurement gets when its dataset row leaves it empty. */
    public static String derivedId(String indicatorId, MeasurementKind kind, Period period, String areaId) {
        return indicatorId + "/" + kind.code() + "/" + period.start() + ".." + period.end()
                + (areaId == null || areaId.isEmpty() ? "" : "/" + areaId);
    }
}
