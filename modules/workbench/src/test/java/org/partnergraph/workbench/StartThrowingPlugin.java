package org.partnergraph.workbench;

import org.pf4j.Plugin;

/** Packed into a plugin jar by the tests as its Plugin-Class: {@code start()} throws. */
public class StartThrowingPlugin extends Plugin {

    @Override
    public void start() {
        throw new IllegalStateException("start always throws");
    }
}
