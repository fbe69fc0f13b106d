package org.partnergraph.sheets.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnergraph.model.Area;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Measurement;
import org.partnergraph.model.MeasurementKind;
import org.partnergraph.model.Period;

/**
 * The actuals of an indicator return: one per row, for an indicator (by code, id or name), a period
 * (quarters too) and optionally an area. An actual the graph already holds with the same value is no
 * new record, so importing the same return again changes nothing; one it holds with another value,
 * and one named twice in the sheet, are problems. A unit column must say the indicator's unit.
 */
final class ActualRows {

    private final ImportPlanner p;
    private final Map<String, String> seen = new HashMap<>();

    ActualRows(ImportPlanner p) {
        this.p = p;
    }

    void measurements() {
        for (MappedRow r : p.sheet.rows()) {
            Indicator indicator = indicator(r);
            Area area = area(r);
            if (indicator == null
                    || (area == null && !r.get("area").isEmpty())
                    || !unitFits(r, indicator)
                    || !r.values().containsKey("period")
                    || !r.values().containsKey("value")) {
                continue;
            }
            Period period = Values.period(r.get("period"));
            String areaId = area == null ? "" : area.id();
            double value = Double.parseDouble(r.get("value"));
            String id = Measurement.derivedId(indicator.id(), MeasurementKind.ACTUAL, period, areaId);
            String first = seen.putIfAbsent(id, r.at("value"));
            if (first != null) {
                p.problems.add(r.at("value") + ": value: a second actual of " + indicator.label() + " for "
                        + period.text() + where(area) + " (the first is at " + first + "); keep one of the rows");
                continue;
            }
            Optional<Measurement> held = held(indicator, period, areaId);
            if (held.isPresent() && held.get().value() == value) {
                p.unchanged++;
                continue;
            }
            if (held.isPresent()) {
                p.problems.add(r.at("value") + ": value: " + indicator.label() + " already has the actual "
                        + number(held.get().value()) + " for " + period.text() + where(area) + " (from "
                        + held.get().provenance().source() + "); an import adds actuals and corrects none: correct it"
                        + " in the workbench, or leave the row out");
                continue;
            }
            p.changes.measurements.add(new Measurement(
                    id,
                    indicator.id(),
                    period,
                    MeasurementKind.ACTUAL,
                    value,
                    areaId,
                    p.options.partnership(),
                    p.provenance(r),
                    p.options.dating()));
            p.added++;
        }
    }

    private Optional<Measurement> held(Indicator indicator, Period period, String areaId) {
        return p.current.measurements().stream()
                .filter(m -> m.kind() == MeasurementKind.ACTUAL
                        && m.indicatorId().equals(indicator.id())
                        && m.areaId().equals(areaId)
                        && m.period().start().equals(period.start())
                        && m.period().end().equals(period.end()))
                .findFirst();
    }

    private Indicator indicator(MappedRow r) {
        String text = r.get("indicator");
        if (text.isEmpty()) {
            return null;
        }
        String code = compact(text);
        Indicator found = p.current.indicators().stream()
                .filter(i -> !i.code().isEmpty() && compact(i.code()).equals(code))
                .findFirst()
                .orElseGet(() -> NodeLookup.find(text, p.current.indicators(), p.options.partnership()));
        if (found == null) {
            p.problems.add(r.at("indicator") + ": indicator: no indicator of " + p.options.partnership()
                    + " has the code, id or name '" + text + "'");
        }
        return found;
    }

    private Area area(MappedRow r) {
        String text = r.get("area");
        if (text.isEmpty()) {
            return null;
        }
        Area a = NodeLookup.find(text, p.current.areas(), p.options.partnership());
        if (a == null) {
            p.problems.add(r.at("area") + ": area: " + NodeLookup.unknown("area", text, p.options.partnership()));
        }
        return a;
    }

    private boolean unitFits(MappedRow r, Indicator indicator) {
        String unit = r.get("unit");
        if (unit.isEmpty() || unit(unit).equals(unit(indicator.unit()))) {
            return true;
        }
        p.problems.add(r.at("unit") + ": unit: '" + unit + "' is not the unit of " + indicator.label() + " ("
                + (indicator.unit().isEmpty() ? "it has none" : indicator.unit())
                + "); convert the value or correct the unit");
        return false;
    }

    /** "%", "per cent" and "percent" are one unit; case and spaces do not count. */
    private static String unit(String u) {
        String t = u.toLowerCase(Locale.ROOT).replace("per cent", "%").replace("percent", "%");
        return t.replaceAll("\\s+", "");
    }

    private static String compact(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String where(Area area) {
        return area == null ? "" : " in " + area.name();
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
