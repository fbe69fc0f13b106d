package org.partnergraph.sheets;

import java.nio.file.Path;

/** {@link Samples} for the tests of other packages. */
public final class SamplesAccess {

    private SamplesAccess() {}

    public static Path hertfordshire() {
        return Samples.hertfordshire();
    }
}
