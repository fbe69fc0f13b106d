package org.partnergraph.workbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import javax.swing.JTextField;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.tree.DefaultMutableTreeNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.io.BundleReader;
import org.partnergraph.workbench.context.SharedGraph;
import org.partnergraph.workbench.context.SharedSelection;

/** The navigator's search box over the Hertfordshire sample: names and the documents' other spellings. */
class NavigatorPanelTest {

    private NavigatorPanel panel;

    @BeforeEach
    void open() throws Exception {
        var hertfordshire =
                BundleReader.read(Path.of("../../graphs/hertfordshire")).graph();
        SwingUtilities.invokeAndWait(() -> {
            SharedGraph graph = new SharedGraph();
            panel = new NavigatorPanel(graph, new SharedSelection());
            graph.replace(hertfordshire, "test");
        });
    }

    @Test
    void anAliasFindsThePartnerItBelongsTo() throws Exception {
        assertThat(shownFor("CSF")).contains("Children's Services").doesNotContain("Adult Care Services");
        assertThat(shownFor("HCC")).contains("Hertfordshire County Council");
    }

    @Test
    void anAliasFindsTheGroupItBelongsTo() throws Exception {
        assertThat(shownFor("vpac")).contains("Volunteering and People Assistance Cell");
        assertThat(shownFor("BBfA")).contains("Better Business for All");
    }

    @Test
    void aNameStillFindsItsNode() throws Exception {
        assertThat(shownFor("money advice")).contains("Money Advice Unit");
        assertThat(shownFor("no such partner anywhere")).isEmpty();
    }

    /** The node labels the tree shows once {@code text} is typed in the search box. */
    private List<String> shownFor(String text) throws Exception {
        List<String> labels = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            find(panel, JTextField.class).setText(text);
            var root =
                    (DefaultMutableTreeNode) find(panel, JTree.class).getModel().getRoot();
            Enumeration<?> all = root.breadthFirstEnumeration();
            while (all.hasMoreElements()) {
                if (((DefaultMutableTreeNode) all.nextElement()).getUserObject() instanceof NodeEntry e
                        && e.id() != null) {
                    labels.add(e.label());
                }
            }
        });
        return labels;
    }

    private static <T extends Component> T find(Container in, Class<T> type) {
        for (Component c : in.getComponents()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T found = find(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
