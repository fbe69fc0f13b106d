package org.partnergraph.sheets.importer;

import java.util.List;
import java.util.Map;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;

/**
 * What an import would write, worked out before anything is: the records to append and the nodes they
 * need ({@link #changes()}, loaded in one transaction), or the questions and problems that stop it.
 * Nothing may be written unless {@link #ready()}.
 *
 * @param changes the new partners, the existing partners that gain an alias (and the nodes the new
 *     records point at, unchanged), and the new dated records
 * @param questions partner names to answer (candidates side by side), each at its first cell
 * @param problems every problem of the sheet, each at its cell
 * @param added records to append
 * @param unchanged rows whose value the graph already holds (a second import of the same sheet adds
 *     nothing)
 * @param created new partners
 * @param aliases existing partner id to the spellings it gains as aliases
 */
public record ImportPlan(
        PartnershipGraph changes,
        List<String> questions,
        List<String> problems,
        List<String> notices,
        int added,
        int unchanged,
        List<Partner> created,
        Map<String, List<String>> aliases) {

    public ImportPlan {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
        created = List.copyOf(created);
        aliases = Map.copyOf(aliases);
    }

    public boolean ready() {
        return questions.isEmpty() && problems.isEmpty();
    }

    /** True where there is nothing to write: every row is already in the graph. */
    public boolean nothingToWrite() {
        return added == 0 && created.isEmpty() && aliases.isEmpty();
    }
}
