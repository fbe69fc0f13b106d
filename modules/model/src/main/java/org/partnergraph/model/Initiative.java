package org.partnergraph.model;

import java.util.List;

/**
 * A named programme, project, initiative or key task with its delivery details.
 *
 * @param kind programme, initiative, key task, core function ...
 * @param phase e.g. Respond, Restore, Rethink; empty where the source gives none
 * @param timescale when it is due, as written
 * @param milestones milestones as written
 * @param contributesTo ids of the objectives or themes it serves
 */
public record Initiative(
        String id,
        String name,
        String kind,
        String phase,
        String description,
        String timescale,
        String milestones,
        List<String> contributesTo,
        String partnership,
        Provenance provenance)
        implements Node {

    public Initiative {
        contributesTo = List.copyOf(contributesTo);
    }
}
