package org.partnergraph.views.trajectories;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.partnergraph.analytics.trajectory.Trajectory;
import org.partnergraph.analytics.trajectory.TrajectoryStatus;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.SelectedItem;
import org.partnergraph.plugin.SelectionEvent;
import org.partnergraph.plugin.support.ViewExports;
import org.partnergraph.plugin.swing.WorkbenchContext;
import org.partnergraph.views.trajectories.DashboardModel.Choice;

/**
 * Every indicator as a small multiple with its status, worst first, under a summary strip whose
 * counts filter the tiles; filtered by theme and lead partner too. A click selects the indicator
 * everywhere; a double-click or Enter opens its full chart.
 */
final class DashboardPanel extends JPanel {

    static final String ALL = DashboardModel.ALL;

    private final WorkbenchContext context;
    private final JComboBox<Choice> theme = new JComboBox<>();
    private final JComboBox<Choice> lead = new JComboBox<>();
    private final StatusStrip strip = new StatusStrip();
    private final JLabel count = new JLabel("Computing\u2026");
    private final TileGrid grid = new TileGrid();
    private final List<Tile> tiles = new ArrayList<>();
    private DashboardModel model;
    private boolean updating;
    private long openedNanos = System.nanoTime();
    private long lastBuildMillis = -1;

    DashboardPanel(WorkbenchContext context) {
        super(new BorderLayout());
        this.context = context;
        setName("dashboard.panel");
        theme.setName("dashboard.theme");
        lead.setName("dashboard.lead");
        count.setName("dashboard.count");
        grid.setName("dashboard.grid");
        count.setBorder(BorderFactory.createEmptyBorder(0, 8, 4, 8));
        JPanel bar = new JPanel(new BorderLayout());
        bar.add(filters(), BorderLayout.NORTH);
        bar.add(strip, BorderLayout.CENTER);
        bar.add(count, BorderLayout.SOUTH);
        add(bar, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(grid);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);

        strip.select(statusSetting());
        theme.addActionListener(e -> filterChanged("theme", theme.getSelectedItem()));
        lead.addActionListener(e -> filterChanged("lead", lead.getSelectedItem()));
        strip.onChange(() -> filterChanged("status", strip.selected()));
        context.selection().follow(this::follow);
        context.graph().addGraphListener(change -> compute());
        compute();
    }

    private JPanel filters() {
        JPanel filters = new JPanel(new GridBagLayout());
        filters.setBorder(BorderFactory.createEmptyBorder(4, 6, 2, 6));
        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(0, 0, 0, 6);
        Component[][] row = {{labelFor("Theme:", 'T', theme), theme}, {labelFor("Lead:", 'L', lead), lead}};
        for (Component[] pair : row) {
            c.weightx = 0;
            filters.add(pair[0], c);
            c.weightx = 0.5;
            pair[1].setPreferredSize(new Dimension(60, theme.getPreferredSize().height));
            filters.add(pair[1], c);
        }
        return filters;
    }

    private static JLabel labelFor(String text, char mnemonic, Component target) {
        JLabel l = new JLabel(text);
        l.setDisplayedMnemonic(mnemonic);
        l.setLabelFor(target);
        return l;
    }

    private TrajectoryStatus statusSetting() {
        String saved = context.settings().get("status", ALL);
        for (TrajectoryStatus s : TrajectoryStatus.values()) {
            if (s.name().equals(saved)) {
                return s;
            }
        }
        return null;
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
    @SuppressWarnings("ReferenceEquality") // graphs are immutable and replaced whole: the same object is the same graph
    private void compute() {
        PartnershipGraph graph = context.graph().current();
        openedNanos = System.nanoTime();
        count.setText("Computing " + graph.indicators().size() + " indicators\u2026");
        context.tasks().submit("Indicator dashboard", monitor -> DashboardModel.of(graph), m -> {
            if (graph != context.graph().current()) {
                return;
            }
            model = m;
            fillFilters();
            tiles.clear();
            for (Trajectory t : m.trajectories()) {
                Tile tile =
                        new Tile(t, ChartData.labelOf(t, m.areaNames()), m.mdc().get(t));
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

    /** The tiles the theme and lead filters let through, whatever their status. */
    List<Tile> filteredTiles() {
        Choice th = (Choice) theme.getSelectedItem();
        Choice ld = (Choice) lead.getSelectedItem();
        return tiles.stream().filter(t -> model.passes(t.trajectory(), th, ld)).toList();
    }

    /** The tiles shown: those the filters and the status chosen in the summary let through, worst first. */
    List<Tile> visibleTiles() {
        TrajectoryStatus st = strip.selected();
        return filteredTiles().stream()
                .filter(t -> st == null || t.trajectory().status() == st)
                .toList();
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
        strip.setCounts(counts(filteredTiles()));
        count.setText(summary(shown));
        List<Tile> rows = List.copyOf(shown);
        context.offerExports(List.of(
                ViewExports.png(this),
                ViewExports.svg(this),
                ViewExports.csv("CSV of the indicators shown", () -> DashboardCsv.rows(rows))));
    }

    static Map<TrajectoryStatus, Integer> counts(List<Tile> tiles) {
        Map<TrajectoryStatus, Integer> by = new EnumMap<>(TrajectoryStatus.class);
        tiles.forEach(t -> by.merge(t.trajectory().status(), 1, Integer::sum));
        return by;
    }

    /** {@code 45 indicators (49 series): 1 on track, 2 no data ...}, counting series (district series included). */
    static String summary(List<Tile> shown) {
        Set<String> indicators = new HashSet<>();
        shown.forEach(t -> indicators.add(t.trajectory().indicatorId()));
        StringBuilder sb = new StringBuilder();
        sb.append(indicators.size()).append(indicators.size() == 1 ? " indicator" : " indicators");
        if (shown.size() != indicators.size()) {
            sb.append(" (").append(shown.size()).append(" series)");
        }
        String parts = String.join(
                ", ",
                counts(shown).entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().label())
                        .toList());
        return parts.isEmpty() ? sb.toString() : sb + ": " + parts;
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

    StatusStrip strip() {
        return strip;
    }

    JComboBox<Choice> leadBox() {
        return lead;
    }

    JLabel countLabel() {
        return count;
    }
}
