package org.partnergraph.sheets.importer;

import java.util.Locale;

/** What an import does with a name that matches no existing partner surely ({@code --new-partners}). */
public enum NewPartners {
    /** Stop and ask: nothing is imported until each such name is answered. */
    ASK,
    /** Create a partner for each name that is close to none (names close to some are still asked). */
    CREATE,
    /** Report each such name as a problem. */
    REFUSE;

    public static NewPartners parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a choice for new partners; use ask, create or refuse");
        }
    }
}
