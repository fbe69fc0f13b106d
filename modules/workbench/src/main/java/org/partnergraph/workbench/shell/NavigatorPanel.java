package org.partnergraph.workbench.shell;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.JTree;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import javax.swing.tree.TreeSelectionModel;
import org.partnergraph.model.Group;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.Membership;
import org.partnergraph.model.Node;
import org.partnergraph.model.Objective;
import org.partnergraph.model.Partner;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Theme;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.workbench.context.SharedGraph;
import org.partnergraph.workbench.context.SharedSelection;

/**
 * The tree of the graph (themes, objectives, indicators; groups and their members; partners)
 * with a search box that filters as you type. Selecting publishes; it follows the selection too.
 */
public final class NavigatorPanel extends JPanel {

    private final SharedGraph graph;
    private final SharedSelection selection;
    private final JTextField search = new JTextField();
    private final JTree tree = new JTree(new DefaultTreeModel(new DefaultMutableTreeNode("Graph")));
    private boolean following;

    public NavigatorPanel(SharedGraph graph, SharedSelection selection) {
        super(new BorderLayout(0, 4));
        this.graph = graph;
        this.selection = selection;
        search.setName("navigator.search");
        search.putClientProperty("JTextField.placeholderText", "Search partners, groups, objectives...");
        search.putClientProperty("JTextField.showClearButton", true);
        tree.setName("navigator.tree");
        tree.setRootVisible(false);
        tree.setShowsRootHandles(true);
        tree.getSelectionModel().setSelectionMode(TreeSelectionModel.SINGLE_TREE_SELECTION);
        add(search, BorderLayout.NORTH);
        add(new JScrollPane(tree), BorderLayout.CENTER);
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                rebuild();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                rebuild();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                rebuild();
            }
        });
        tree.addTreeSelectionListener(e -> {
            if (following || tree.getSelectionPath() == null) {
                return;
            }
            Object u = ((DefaultMutableTreeNode) tree.getSelectionPath().getLastPathComponent()).getUserObject();
            if (u instanceof NodeEntry n && n.id() != null) {
                selection.publish(tree, List.of(SelectedItem.node(n.id())));
            }
        });
        graph.addGraphListener(c -> rebuild());
        selection.follow(this::follow);
    }

    private void rebuild() {
        String filter = search.getText().strip().toLowerCase(Locale.ROOT);
        PartnershipGraph g = graph.current();
        DefaultMutableTreeNode root = new DefaultMutableTreeNode("Graph");
        Map<String, Partner> partners = g.partnersById();
        DefaultMutableTreeNode themes = section("Themes");
        for (Theme t : g.themes()) {
            DefaultMutableTreeNode tn = leaf(t);
            for (Objective o : g.objectives()) {
                if (o.themeId().equals(t.id())) {
                    DefaultMutableTreeNode on = leaf(o);
                    for (Indicator i : g.indicators()) {
                        if (i.measures().contains(o.id())) {
                            add(on, new DefaultMutableTreeNode(new NodeEntry(i.id(), i.label())), filter);
                        }
                    }
                    add(tn, on, filter);
                }
            }
            for (Indicator i : g.indicators()) {
                if (i.measures().contains(t.id())) {
                    add(tn, new DefaultMutableTreeNode(new NodeEntry(i.id(), i.label())), filter);
                }
            }
            add(themes, tn, filter);
        }
        DefaultMutableTreeNode groups = section("Groups");
        for (Group gr : g.groups()) {
            DefaultMutableTreeNode gn = leaf(gr);
            for (Membership m : g.memberships()) {
                Partner p = partners.get(m.partnerId());
                if (m.groupId().equals(gr.id()) && p != null) {
                    add(
                            gn,
                            new DefaultMutableTreeNode(new NodeEntry(
                                    p.id(), p.name() + " (" + m.role().code() + ")", matches(p))),
                            filter);
                }
            }
            add(groups, gn, filter);
        }
        DefaultMutableTreeNode partnerSection = section("Partners");
        g.partners().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(p -> add(partnerSection, leaf(p), filter));
        for (DefaultMutableTreeNode s : List.of(themes, groups, partnerSection)) {
            if (s.getChildCount() > 0) {
                root.add(s);
            }
        }
        following = true;
        try {
            tree.setModel(new DefaultTreeModel(root));
            for (int i = 0; i < tree.getRowCount() && i < 200; i++) {
                TreePath p = tree.getPathForRow(i);
                if (p.getPathCount() <= 2 || !filter.isEmpty()) {
                    tree.expandRow(i);
                }
            }
        } finally {
            following = false;
        }
        follow(new SelectionEvent(this, selection.items()));
    }

    /** Adds {@code child} when it or a descendant matches the filter. */
    private static void add(DefaultMutableTreeNode parent, DefaultMutableTreeNode child, String filter) {
        if (filter.isEmpty()
                || child.getChildCount() > 0
                || ((NodeEntry) child.getUserObject()).matches().contains(filter)) {
            parent.add(child);
        }
    }

    private static DefaultMutableTreeNode leaf(Node n) {
        return new DefaultMutableTreeNode(new NodeEntry(n.id(), n.name(), matches(n)));
    }

    /** A node's name and other spellings, lower case, for the search box. */
    private static String matches(Node n) {
        return String.join("\n", n.name(), String.join("\n", n.aliases())).toLowerCase(Locale.ROOT);
    }

    private static DefaultMutableTreeNode section(String title) {
        return new DefaultMutableTreeNode(new NodeEntry(null, title));
    }

    private void follow(SelectionEvent e) {
        if (e.source() == tree) {
            return;
        }
        List<String> ids = e.nodeIds();
        if (ids.isEmpty()) {
            return;
        }
        DefaultMutableTreeNode root = (DefaultMutableTreeNode) tree.getModel().getRoot();
        List<TreePath> matches = new ArrayList<>();
        Enumeration<?> all = root.breadthFirstEnumeration();
        while (all.hasMoreElements() && matches.isEmpty()) {
            DefaultMutableTreeNode n = (DefaultMutableTreeNode) all.nextElement();
            if (n.getUserObject() instanceof NodeEntry ne && ids.get(0).equals(ne.id())) {
                matches.add(new TreePath(n.getPath()));
            }
        }
        if (!matches.isEmpty()) {
            following = true;
            try {
                tree.setSelectionPath(matches.get(0));
                java.awt.Rectangle r = tree.getPathBounds(matches.get(0));
                if (r != null) {
                    tree.scrollRectToVisible(new java.awt.Rectangle(0, r.y, 1, r.height));
                }
            } finally {
                following = false;
            }
        }
    }

    public JTree tree() {
        return tree;
    }
}
