package org.partnergraph.model;

import java.util.List;

/**
 * A measure that partners answer for, e.g. NI 193 "Municipal waste land filled".
 *
 * @param code the published reference ("NI 193"), or empty for a local measure
 * @param unit what a value is in: %, tonnes per capita, people, number ...
 * @param measures ids of the objectives or themes it measures
 * @param leadIndividual the named lead officer, as written (a post, not a partner)
 * @param monitoredBy the body that monitors it, as written
 * @param risks risks recorded against it, as written
 */
public record Indicator(
        String id,
        String code,
        String name,
        String unit,
        Polarity polarity,
        List<String> measures,
        String leadIndividual,
        String monitoredBy,
        String risks,
        String partnership,
        Provenance provenance)
        implements Node {

    public Indicator {
        measures = List.copyOf(measures);
    }

    /** The code and name together, as a label: {@code NI 193 Municipal waste land filled}. */
    public String label() {
        return code.isEmpty() ? name : code + " " + name;
    }
}
