package org.partnergraph.workbench.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.SelectionEvent;

class SharedSelectionTest {

    private final SharedSelection selection = new SharedSelection();
    private final List<SelectionEvent> seen = new ArrayList<>();

    @Test
    void followersGetTypedEventsWithTheirSource() {
        selection.follow(seen::add);
        Object view = new Object();
        selection.publish(view, List.of(SelectedItem.node("t:ph"), new SelectedItem.InfluenceRef("t:ph", "t:obj-1")));
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).source()).isSameAs(view);
        assertThat(seen.get(0).nodeIds()).containsExactly("t:ph");
        assertThat(seen.get(0).itemsOf(SelectedItem.InfluenceRef.class))
                .containsExactly(new SelectedItem.InfluenceRef("t:ph", "t:obj-1"));
        assertThat(selection.items()).hasSize(2);
    }

    @Test
    void publishingTheSameSelectionAgainFiresNothing() {
        selection.follow(seen::add);
        selection.publish(this, List.of(SelectedItem.node("a")));
        selection.publish(new Object(), List.of(SelectedItem.node("a")));
        assertThat(seen).hasSize(1);
    }

    @Test
    void aFollowerThatThrowsDoesNotStopTheOthers() {
        selection.follow(e -> {
            throw new IllegalStateException("boom");
        });
        selection.follow(seen::add);
        selection.publish(this, List.of(SelectedItem.node("a")));
        assertThat(seen).hasSize(1);
    }

    @Test
    void anUnfollowedListenerHearsNothing() {
        org.partnergraph.plugin.SelectionListener l = seen::add;
        selection.follow(l);
        selection.unfollow(l);
        selection.publish(this, List.of(SelectedItem.node("b")));
        assertThat(seen).isEmpty();
    }
}
