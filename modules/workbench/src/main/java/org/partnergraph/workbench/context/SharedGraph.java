package org.partnergraph.workbench.context;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.SwingUtilities;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.GraphChange;
import org.partnergraph.plugin.GraphListener;
import org.partnergraph.plugin.GraphModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one graph every view shows; replaced on the event thread. */
public final class SharedGraph implements GraphModel {

    private static final Logger LOG = LoggerFactory.getLogger(SharedGraph.class);

    private volatile PartnershipGraph current = PartnershipGraph.EMPTY;
    private final List<GraphListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public PartnershipGraph current() {
        return current;
    }

    /** Replaces the graph and tells every listener; call on the event thread. */
    public void replace(PartnershipGraph next, String reason) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("replace the graph on the event thread");
        }
        GraphChange change = new GraphChange(current, next, reason);
        current = next;
        for (GraphListener l : listeners) {
            try {
                l.graphChanged(change);
            } catch (RuntimeException e) {
                LOG.warn("A graph listener failed", e);
            }
        }
    }

    @Override
    public void addGraphListener(GraphListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeGraphListener(GraphListener listener) {
        listeners.remove(listener);
    }
}
