package org.partnergraph.store;

/** A load was cancelled between two batches; its transaction was rolled back, so nothing was loaded. */
public final class LoadCancelledException extends StoreException {

    public LoadCancelledException() {
        super("The load was cancelled; nothing was loaded.");
    }
}
