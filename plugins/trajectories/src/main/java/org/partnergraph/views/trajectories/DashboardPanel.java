package org.partnergraph.views.trajectories;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import org.partnergraph.analytics.trajectory.DatedValue;
import org.partnergraph.analytics.trajectory.Trajectories;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.analytics.trajectory.TrajectoryAnalysis;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;
import org.partnergraph.model.Indicator;
import org.partnergraph.model.IndicatorLink;
import org.partnergraph.model.IndicatorRole;
import org.partnergraph.model.Objective;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.support.ViewExports;
import org.partnergraph.plugin.swing.WorkbenchContext;

/**
 * Every indicator as a small multiple with its status, worst first; filtered by theme, status and
 * lead partner. A click selects the indicator everywhere; a double-click or Enter opens its full chart.
 */
final class DashboardPanel extends JPanel {

    static final String ALL = "All";

    /** A filter choice: an id and what the list shows. */
    record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What the dashboard knows of one graph: the trajectories, and each indicator's themes and leads. */
    record Model(
            List<Trajectory> trajectories,
            Map<String, Set<String>> themesOf,
            Map<String, Set<String>> leadsOf,
            List<Choice> themes,
            List<Choice> leads,
            Map<String, String> areaNames) {

        static Model of(PartnershipGraph graph) {
            Trajectories all = new TrajectoryAnalysis().analyse(graph).sortedByStatus();
            Map<String, String> themeOfObjective = new HashMap<>();
            for (Objective o : graph.objectives()) {
                themeOfObjective.put(o.id(), o.themeId());
            }
            Set<String> themeIds = graph.themesById().keySet();
            Map<String, Set<String>> themesOf = new HashMap<>();
            for (Indicator i : graph.indicators()) {
                Set<String> themes = new HashSet<>();
                for (String m : i.measures()) {
                    if (themeIds.contains(m)) {
                        themes.add(m);
                    } else if (themeOfObjective.get(m) != null) {
                        themes.add(themeOfObjective.get(m));
                    }
                }
                themesOf.put(i.id(), themes);
            }
            Map<String, Set<String>> leadsOf = new HashMap<>();
            for (IndicatorLink l : graph.indicatorLinks()) {
                if (l.role() == IndicatorRole.LEAD) {
                    leadsOf.computeIfAbsent(l.indicatorId(), k -> new HashSet<>())
                            .add(l.partnerId());
                }
            }
            List<Choice> themes = graph.themes().stream()
                    .filter(t -> themesOf.values().stream().anyMatch(s -> s.contains(t.id())))
                    .map(t -> new Choice(t.id(), t.name()))
                    .sorted(Comparator.comparing(Choice::label))
                    .toList();
            var partners = graph.partnersById();
            List<Choice> leads = leadsOf.values().stream()
                    .flatMap(Set::stream)
                    .distinct()
                    .map(id -> new Choice(
                            id, partners.containsKey(id) ? partners.get(id).name() : id))
                    .sorted(Comparator.comparing(Choice::label))
                    .toList();
            return new Model(all.all(), themesOf, leadsOf, themes, leads, ChartData.areaNames(graph));
        }
    }

    private final WorkbenchContext context;
    private final JComboBox<Choice> theme = new JComboBox<>();
    private final JComboBox<Object> status = new JComboBox<>();
    private final JComboBox<Choice> lead = new JComboBox<>();
    private final JLabel count = new JLabel("Computing\u2026");
    private final Grid grid = new Grid();
    private final List<Tile> tiles = new ArrayList<>();
    private Model model;
    private boolean updating;
    private long openedNanos = System.nanoTime();
    private long lastBuildMillis = -1;

    DashboardPanel(WorkbenchContext context) {
        super(new BorderLayout());
        this.context = context;
        setName("dashboard.panel");
        theme.setName("dashboard.theme");
        status.setName("dashboard.status");
        lead.setName("dashboard.lead");
        count.setName("dashboard.count");
        grid.setName("dashboard.grid");

        JPanel filters = new JPanel(new java.awt.GridBagLayout());
        filters.setBorder(BorderFactory.createEmptyBorder(4, 6, 2, 6));
        java.awt.GridBagConstraints c = new java.awt.GridBagConstraints();
        c.fill = java.awt.GridBagConstraints.HORIZONTAL;
        c.insets = new java.awt.Insets(0, 0, 0, 6);
        Component[][] row = {
            {labelFor("Theme:", 'T', theme), theme},
            {labelFor("Status:", 'S', status), status},
            {labelFor("Lead:", 'L', lead), lead}
        };
        double[] weights = {0.45, 0.2, 0.45};
        for (int i = 0; i < row.length; i++) {
            c.weightx = 0;
            filters.add(row[i][0], c);
            c.weightx = weights[i];
            row[i][1].setPreferredSize(new Dimension(60, theme.getPreferredSize().height));
            filters.add(row[i][1], c);
        }
        count.setBorder(BorderFactory.createEmptyBorder(0, 8, 4, 8));
        JPanel bar = new JPanel(new BorderLayout());
        bar.add(filters, BorderLayout.NORTH);
        bar.add(count, BorderLayout.SOUTH);
        add(bar, BorderLayout.NORTH);
        add(legend(), BorderLayout.SOUTH);
        JScrollPane scroll = new JScrollPane(grid);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);

        status.addItem(ALL);
        for (TrajectoryStatus s : TrajectoryStatus.values()) {
            status.addItem(s);
        }
        status.setSelectedItem(statusSetting());
        theme.addActionListener(e -> filterChanged("theme", theme.getSelectedItem()));
        lead.addActionListener(e -> filterChanged("lead", lead.getSelectedItem()));
        status.addActionListener(e -> filterChanged("status", status.getSelectedItem()));
        context.selection().follow(this::follow);
        context.graph().addGraphListener(change -> compute());
        compute();
    }

    private static JLabel labelFor(String text, char mnemonic, Component target) {
        JLabel l = new JLabel(text);
        l.setDisplayedMnemonic(mnemonic);
        l.setLabelFor(target);
        return l;
    }

    private JPanel legend() {
        JPanel legend = new JPanel(new FlowLayout(FlowLayout.LEFT, 10, 3));
        legend.setName("dashboard.legend");
        for (TrajectoryStatus s : TrajectoryStatus.values()) {
            JLabel l = new JLabel(s.label());
            l.setIcon(new javax.swing.Icon() {
                @Override
                public void paintIcon(Component c, java.awt.Graphics g, int x, int y) {
                    g.setColor(StatusColours.of(s));
                    g.fillRect(x, y + 1, 10, 10);
                }

                @Override
                public int getIconWidth() {
                    return 12;
                }

                @Override
                public int getIconHeight() {
                    return 12;
                }
            });
            legend.add(l);
        }
        return legend;
    }

    private Object statusSetting() {
        String saved = context.settings().get("status", ALL);
        for (TrajectoryStatus s : TrajectoryStatus.values()) {
            if (s.name().equals(saved)) {
                return s;
            }
        }
        return ALL;
    }

    private void filterChanged(String key, Object value) {
        if (updating) {
            return;
        }
        String stored = value instanceof Choice c ? c.id() : value instanceof TrajectoryStatus s ? s.name() : ALL;
        context.settings().put(key, stored);
        layoutTiles();
    }

    /** Analyses every indicator in the background, then builds the tiles. */
    private void compute() {
        PartnershipGraph graph = context.graph().current();
        openedNanos = System.nanoTime();
        count.setText("Computing " + graph.indicators().size() + " indicators\u2026");
        context.tasks().submit("Indicator dashboard", monitor -> Model.of(graph), m -> {
            if (graph != context.graph().current()) {
                return;
            }
            model = m;
            fillFilters();
            tiles.clear();
            for (Trajectory t : m.trajectories()) {
                Tile tile = new Tile(t, ChartData.labelOf(t, m.areaNames()));
                wire(tile);
                tiles.add(tile);
            }
            layoutTiles();
            lastBuildMillis = (System.nanoTime() - openedNanos) / 1_000_000;
            follow(new SelectionEvent(context, context.selection().items()));
        });
    }

    private void fillFilters() {
        updating = true;
        try {
            fill(theme, model.themes(), context.settings().get("theme", ALL));
            fill(lead, model.leads(), context.settings().get("lead", ALL));
        } finally {
            updating = false;
        }
    }

    private static void fill(JComboBox<Choice> box, List<Choice> choices, String selectedId) {
        DefaultComboBoxModel<Choice> m = new DefaultComboBoxModel<>();
        Choice all = new Choice(ALL, ALL);
        m.addElement(all);
        choices.forEach(m::addElement);
        box.setModel(m);
        box.setSelectedItem(choices.stream()
                .filter(c -> c.id().equals(selectedId))
                .findFirst()
                .orElse(all));
    }

    private void wire(Tile tile) {
        tile.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                tile.requestFocusInWindow();
                select(tile);
                if (e.getClickCount() == 2) {
                    openChart(tile);
                }
            }
        });
        tile.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                switch (e.getKeyCode()) {
                    case KeyEvent.VK_ENTER -> openChart(tile);
                    case KeyEvent.VK_SPACE -> select(tile);
                    case KeyEvent.VK_RIGHT, KeyEvent.VK_LEFT, KeyEvent.VK_UP, KeyEvent.VK_DOWN ->
                        move(tile, e.getKeyCode());
                    default -> {}
                }
            }
        });
        tile.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                tile.repaint();
                tile.scrollRectToVisible(new Rectangle(0, 0, tile.getWidth(), tile.getHeight()));
            }

            @Override
            public void focusLost(FocusEvent e) {
                tile.repaint();
            }
        });
    }

    private void select(Tile tile) {
        tiles.forEach(t -> t.setSelected(t == tile));
        context.selection()
                .publish(this, List.of(SelectedItem.node(tile.trajectory().indicatorId())));
    }

    private void openChart(Tile tile) {
        select(tile);
        context.openView(TrajectoryChartView.ID);
    }

    private void move(Tile from, int key) {
        List<Tile> shown = visibleTiles();
        int i = shown.indexOf(from);
        int columns = Math.max(1, grid.columns());
        int next =
                switch (key) {
                    case KeyEvent.VK_RIGHT -> i + 1;
                    case KeyEvent.VK_LEFT -> i - 1;
                    case KeyEvent.VK_DOWN -> i + columns;
                    default -> i - columns;
                };
        if (next >= 0 && next < shown.size()) {
            shown.get(next).requestFocusInWindow();
        }
    }

    /** The tiles the filters let through, in order (worst status first). */
    List<Tile> visibleTiles() {
        Choice th = (Choice) theme.getSelectedItem();
        Choice ld = (Choice) lead.getSelectedItem();
        Object st = status.getSelectedItem();
        List<Tile> shown = new ArrayList<>();
        for (Tile t : tiles) {
            String id = t.trajectory().indicatorId();
            boolean ok = (th == null
                            || th.id().equals(ALL)
                            || model.themesOf().getOrDefault(id, Set.of()).contains(th.id()))
                    && (ld == null
                            || ld.id().equals(ALL)
                            || model.leadsOf().getOrDefault(id, Set.of()).contains(ld.id()))
                    && (st == null || ALL.equals(st) || t.trajectory().status() == st);
            if (ok) {
                shown.add(t);
            }
        }
        return shown;
    }

    private void layoutTiles() {
        if (model == null) {
            return;
        }
        grid.removeAll();
        List<Tile> shown = visibleTiles();
        shown.forEach(grid::add);
        grid.revalidate();
        grid.repaint();
        count.setText(summary(shown));
        offerExports(shown);
    }

    /** {@code 45 indicators: 1 on track, 2 no data ...}, counting series (district series included). */
    static String summary(List<Tile> shown) {
        Map<TrajectoryStatus, Integer> by = new EnumMap<>(TrajectoryStatus.class);
        Set<String> indicators = new HashSet<>();
        for (Tile t : shown) {
            by.merge(t.trajectory().status(), 1, Integer::sum);
            indicators.add(t.trajectory().indicatorId());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(indicators.size()).append(indicators.size() == 1 ? " indicator" : " indicators");
        if (shown.size() != indicators.size()) {
            sb.append(" (").append(shown.size()).append(" series)");
        }
        String parts = String.join(
                ", ",
                by.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().label())
                        .toList());
        return parts.isEmpty() ? sb.toString() : sb + ": " + parts;
    }

    private void offerExports(List<Tile> shown) {
        List<Tile> rows = List.copyOf(shown);
        context.offerExports(List.of(
                ViewExports.png(this),
                ViewExports.svg(this),
                ViewExports.csv("CSV of the indicators shown", () -> csv(rows))));
    }

    private static List<List<String>> csv(List<Tile> rows) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of(
                "indicator_id",
                "indicator",
                "area",
                "unit",
                "polarity",
                "status",
                "latest_actual",
                "latest_date",
                "next_target",
                "direction"));
        for (Tile t : rows) {
            Trajectory tr = t.trajectory();
            out.add(List.of(
                    tr.indicatorId(),
                    t.label(),
                    tr.areaId(),
                    Objects.toString(tr.indicator().unit(), ""),
                    tr.polarity().code(),
                    tr.status().label(),
                    tr.latestActual().map(a -> ChartData.number(a.value())).orElse(""),
                    tr.latestActual()
                            .map(DatedValue::date)
                            .map(Object::toString)
                            .orElse(""),
                    t.nextTarget(),
                    tr.direction().label()));
        }
        return out;
    }

    private void follow(SelectionEvent event) {
        if (event.source() == this) {
            return;
        }
        Set<String> ids = new HashSet<>(event.nodeIds());
        for (Tile t : tiles) {
            t.setSelected(ids.contains(t.trajectory().indicatorId()));
        }
    }

    /** Milliseconds from the last (re)compute to the tiles being built (the benchmark and the note). */
    long lastBuildMillis() {
        return lastBuildMillis;
    }

    List<Tile> tiles() {
        return tiles;
    }

    JComboBox<Choice> themeBox() {
        return theme;
    }

    JComboBox<Object> statusBox() {
        return status;
    }

    JComboBox<Choice> leadBox() {
        return lead;
    }

    JLabel countLabel() {
        return count;
    }

    /** Tiles in rows as wide as the view; scrolls vertically. */
    static final class Grid extends JPanel implements Scrollable {

        private static final int GAP = 8;

        Grid() {
            setLayout(new LayoutManager() {
                @Override
                public void addLayoutComponent(String name, Component comp) {}

                @Override
                public void removeLayoutComponent(Component comp) {}

                @Override
                public Dimension preferredLayoutSize(Container parent) {
                    int columns = columns();
                    int rows = (parent.getComponentCount() + columns - 1) / columns;
                    return new Dimension(
                            columns * (Tile.SIZE.width + GAP) + GAP, rows * (Tile.SIZE.height + GAP) + GAP);
                }

                @Override
                public Dimension minimumLayoutSize(Container parent) {
                    return new Dimension(Tile.SIZE.width + 2 * GAP, Tile.SIZE.height + 2 * GAP);
                }

                @Override
                public void layoutContainer(Container parent) {
                    int columns = columns();
                    for (int i = 0; i < parent.getComponentCount(); i++) {
                        int r = i / columns;
                        int c = i % columns;
                        parent.getComponent(i)
                                .setBounds(
                                        GAP + c * (Tile.SIZE.width + GAP),
                                        GAP + r * (Tile.SIZE.height + GAP),
                                        Tile.SIZE.width,
                                        Tile.SIZE.height);
                    }
                }
            });
        }

        int columns() {
            int width = getParent() instanceof javax.swing.JViewport v && v.getWidth() > 0 ? v.getWidth() : getWidth();
            if (width <= 0) {
                width = 1200;
            }
            return Math.max(1, (width - GAP) / (Tile.SIZE.width + GAP));
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 24;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return orientation == SwingConstants.VERTICAL ? visible.height - 24 : visible.width;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }
}
