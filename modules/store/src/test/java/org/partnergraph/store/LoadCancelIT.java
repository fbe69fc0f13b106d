package org.partnergraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.io.BundleReader;
import org.partnergraph.io.Dataset;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.store.testing.GraphDump;
import org.partnergraph.store.testing.TestBundles;

/** A load cancelled between batches rolls back: the graph is exactly as it was, in full. */
@ExtendWith(EmbeddedDatabase.class)
class LoadCancelIT {

    private static final Path HERTFORDSHIRE = Path.of("../../graphs/hertfordshire");

    @Test
    void aLoadCancelledAfterItsFirstBatchesLeavesTheGraphAsItWas(GraphStore store) throws Exception {
        Dataset small = BundleReader.read(TestBundles.small());
        store.load(small.manifest(), small.graph(), n -> {});
        List<String> before = GraphDump.of(store);
        Dataset herts = BundleReader.read(HERTFORDSHIRE);
        AtomicInteger batches = new AtomicInteger();

        assertThatThrownBy(() -> store.load(
                        herts.manifest(), herts.graph(), n -> batches.incrementAndGet(), () -> batches.get() >= 3))
                .isInstanceOf(LoadCancelledException.class)
                .hasMessage("The load was cancelled; nothing was loaded.");

        assertThat(batches.get()).as("batches written before the cancel").isEqualTo(3);
        assertThat(GraphDump.of(store)).isEqualTo(before);
        assertThat(store.partnerships()).extracting(m -> m.partnership()).containsExactly("testshire");
    }

    @Test
    void aLoadCancelledBeforeItStartsWritesNothingAndTheSameLoadThenSucceeds(GraphStore store) throws Exception {
        Dataset herts = BundleReader.read(HERTFORDSHIRE);
        assertThatThrownBy(() -> store.load(herts.manifest(), herts.graph(), n -> {}, () -> true))
                .isInstanceOf(LoadCancelledException.class);
        assertThat(GraphDump.of(store)).isEmpty();

        store.load(herts.manifest(), herts.graph(), n -> {}, () -> false);
        assertThat(store.partnerships()).extracting(m -> m.partnership()).containsExactly("hertfordshire");
        assertThat(store.readGraph().partners()).hasSameSizeAs(herts.graph().partners());
    }
}
