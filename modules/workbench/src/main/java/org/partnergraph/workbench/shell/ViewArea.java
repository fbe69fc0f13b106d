package org.partnergraph.workbench.shell;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingConstants;

/**
 * Two tab areas side by side (the second appears when a view is moved or opened there). Tabs close
 * with their button or menu, and move between the areas from their context menu.
 */
public final class ViewArea extends JPanel {

    /** An open view: its id, title, component, and what to do when it closes. */
    public record OpenView(String id, String title, JComponent component, Runnable onClose) {}

    private final JTabbedPane main = tabs("views.main");
    private final JTabbedPane side = tabs("views.side");
    private final JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT);
    private final List<OpenView> open = new ArrayList<>();
    private final JPanel cards = new JPanel(new CardLayout());
    private final List<Runnable> listeners = new ArrayList<>();
    private JComponent active;

    public ViewArea() {
        super(new BorderLayout());
        split.setResizeWeight(0.6);
        split.setBorder(null);
        JLabel empty = new JLabel("Open a view from the View menu.", SwingConstants.CENTER);
        empty.setName("views.empty");
        cards.add(empty, "empty");
        cards.add(split, "views");
        add(cards, BorderLayout.CENTER);
        layoutAreas();
    }

    private JTabbedPane tabs(String name) {
        JTabbedPane t = new JTabbedPane();
        t.setName(name);
        t.putClientProperty("JTabbedPane.tabClosable", true);
        t.putClientProperty("JTabbedPane.tabCloseCallback", (IntConsumer) i -> close(t, i));
        t.putClientProperty("JTabbedPane.tabType", "card");
        t.addChangeListener(e -> {
            if (t.getSelectedComponent() instanceof JComponent c) {
                active = c;
            }
        });
        t.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                if (t.getSelectedComponent() instanceof JComponent c) {
                    active = c;
                }
                popup(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                popup(e);
            }

            private void popup(MouseEvent e) {
                int i = t.indexAtLocation(e.getX(), e.getY());
                if (e.isPopupTrigger() && i >= 0) {
                    JPopupMenu m = new JPopupMenu();
                    JMenuItem move = new JMenuItem(t == main ? "Move to the side" : "Move to the main area");
                    move.addActionListener(a -> move(t, i));
                    JMenuItem close = new JMenuItem("Close");
                    close.addActionListener(a -> close(t, i));
                    m.add(move);
                    m.add(close);
                    m.show(t, e.getX(), e.getY());
                }
            }
        });
        return t;
    }

    /** Adds a view as a tab, in the side area when {@code toSide}. */
    public void open(OpenView view, boolean toSide) {
        open.add(view);
        JTabbedPane t = toSide ? side : main;
        t.addTab(view.title(), view.component());
        t.setSelectedComponent(view.component());
        layoutAreas();
        fire();
    }

    /** The view the user worked in last: the tab selected or clicked most recently, if it is still open. */
    public java.util.Optional<OpenView> activeView() {
        java.awt.Component focus =
                java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        for (OpenView v : open) {
            if (focus != null && javax.swing.SwingUtilities.isDescendingFrom(focus, v.component())) {
                return java.util.Optional.of(v);
            }
        }
        for (OpenView v : open) {
            if (v.component() == active) {
                return java.util.Optional.of(v);
            }
        }
        return open.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(open.get(open.size() - 1));
    }

    /** Replaces a view's component (with its error, when it failed). */
    public void replace(JComponent old, JComponent with) {
        for (JTabbedPane t : List.of(main, side)) {
            int i = t.indexOfComponent(old);
            if (i >= 0) {
                t.setComponentAt(i, with);
                open.replaceAll(v -> v.component() == old ? new OpenView(v.id(), v.title(), with, v.onClose()) : v);
            }
        }
    }

    /** Selects the open view with {@code id}; false when none is open. */
    public boolean select(String id) {
        for (OpenView v : open) {
            if (v.id().equals(id)) {
                JTabbedPane t = main.indexOfComponent(v.component()) >= 0 ? main : side;
                t.setSelectedComponent(v.component());
                return true;
            }
        }
        return false;
    }

    private void move(JTabbedPane from, int index) {
        JComponent c = (JComponent) from.getComponentAt(index);
        String title = from.getTitleAt(index);
        from.removeTabAt(index);
        JTabbedPane to = from == main ? side : main;
        to.addTab(title, c);
        to.setSelectedComponent(c);
        layoutAreas();
        fire();
    }

    /** Closes the open view {@code id} (its plugin was disabled); false when it is not open. */
    public boolean close(String id) {
        for (OpenView v : List.copyOf(open)) {
            if (v.id().equals(id)) {
                for (JTabbedPane t : List.of(main, side)) {
                    int i = t.indexOfComponent(v.component());
                    if (i >= 0) {
                        close(t, i);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void close(JTabbedPane t, int index) {
        JComponent c = (JComponent) t.getComponentAt(index);
        t.removeTabAt(index);
        open.stream().filter(v -> v.component() == c).findFirst().ifPresent(v -> {
            open.remove(v);
            v.onClose().run();
        });
        layoutAreas();
        fire();
    }

    private void layoutAreas() {
        boolean hasMain = main.getTabCount() > 0;
        boolean hasSide = side.getTabCount() > 0;
        int divider = split.getDividerLocation();
        split.setLeftComponent(hasMain ? main : null);
        split.setRightComponent(hasSide ? side : null);
        if (hasMain && hasSide) {
            split.setDividerSize(6);
            if (divider > 0) {
                split.setDividerLocation(divider);
            }
        } else {
            split.setDividerSize(0);
        }
        ((CardLayout) cards.getLayout()).show(cards, hasMain || hasSide ? "views" : "empty");
        revalidate();
        repaint();
    }

    /** The open views as {@code id@main} / {@code id@side}, in tab order, for the settings. */
    public List<String> layoutState() {
        List<String> ids = new ArrayList<>();
        forEachOpen((v, where) -> ids.add(v.id() + "@" + where));
        return ids;
    }

    private void forEachOpen(BiConsumer<OpenView, String> action) {
        for (JTabbedPane t : List.of(main, side)) {
            for (int i = 0; i < t.getTabCount(); i++) {
                java.awt.Component c = t.getComponentAt(i);
                open.stream()
                        .filter(v -> v.component() == c)
                        .findFirst()
                        .ifPresent(v -> action.accept(v, t == main ? "main" : "side"));
            }
        }
    }

    public int dividerLocation() {
        return split.getDividerLocation();
    }

    public void setDividerLocation(int location) {
        if (location > 0) {
            split.setDividerLocation(location);
        }
    }

    /** The open views' components (tests). */
    public List<OpenView> openViews() {
        return List.copyOf(open);
    }

    /** Called when views open, close or move. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
