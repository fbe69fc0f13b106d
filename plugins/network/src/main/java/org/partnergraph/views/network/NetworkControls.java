package org.partnergraph.views.network;

import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.SpinnerNumberModel;
import org.partnergraph.plugin.PluginSettings;

/**
 * The network view's controls, in three compact rows that fit a view 750 pixels wide: Find (16
 * columns), the layers (themes, indicators, initiatives and the legend, in a drop-down), the
 * neighbourhood and the unconnected strip; size, colour, layout and the minimum score; the filter
 * (Show), the layout buttons and the status. Their
 * starting values come from the plugin's settings.
 */
final class NetworkControls {

    final JComboBox<NetworkStyle.SizeBy> sizeBy = new JComboBox<>(NetworkStyle.SizeBy.values());
    final JComboBox<NetworkStyle.ColourBy> colourBy = new JComboBox<>(NetworkStyle.ColourBy.values());
    final JComboBox<Layout.Kind> layout = new JComboBox<>(Layout.Kind.values());
    final JCheckBox themes = new JCheckBox("Themes");
    final JCheckBox indicators = new JCheckBox("Indicators");
    final JCheckBox initiatives = new JCheckBox("Initiatives");
    final JCheckBox legend = new JCheckBox("Legend");
    final JButton layers = new JButton("Layers \u25BE");
    final JTextField search = new JTextField(16);
    final JComboBox<NetworkFilter> show = new JComboBox<>();
    final JSpinner minScore = new JSpinner(new SpinnerNumberModel(0, 0, 100, 5));
    final JToggleButton neighbourhood = new JToggleButton("Neighbourhood");
    final JToggleButton unconnected = new JToggleButton("Unconnected");
    final JButton run = new JButton("Re-run layout");
    final JButton stop = new JButton("Stop");
    final JButton fit = new JButton("Fit");
    final JLabel status = new JLabel(" ");

    NetworkControls(PluginSettings settings) {
        names();
        sizeBy.setSelectedItem(NetworkStyle.SizeBy.valueOf(settings.get("size", NetworkStyle.SizeBy.PAGERANK.name())));
        colourBy.setSelectedItem(choice(NetworkStyle.ColourBy.class, settings.get("colour", "TYPE")));
        layout.setSelectedItem(choice(Layout.Kind.class, settings.get("layout", Layout.Kind.FORCE.name())));
        themes.setSelected(settings.getBoolean("themes", false));
        indicators.setSelected(settings.getBoolean("indicators", false));
        initiatives.setSelected(settings.getBoolean("initiatives", false));
        unconnected.setSelected(settings.getBoolean("unconnected", false));
        legend.setSelected(settings.getBoolean("legend", true));
        search.setToolTipText("Find nodes by name: matches are ringed, the first is centred");
        show.setToolTipText("Show one type of partner, one group, or the groups of one theme, with their neighbours");
        show.setPrototypeDisplayValue(new NetworkFilter("Group: Hertfordshire Forward", java.util.Set.of()));
        minScore.setToolTipText("Hide partners and groups scoring below this % of the largest score");
        neighbourhood.setToolTipText("Dim everything but the selection and its neighbours");
        unconnected.setToolTipText("Show the bodies with no connection, in a strip below the network");
        layout.setToolTipText("Force: Fruchterman-Reingold; Stress: distances follow the paths (stress majorization)");
        neighbourhood.setMnemonic('N');
        run.setMnemonic('R');
        fit.setToolTipText("Fit the network in the view (F). Drag a node to pin it, P unpins; wheel or +/- zooms");
        stop.setEnabled(false);
        JPopupMenu menu = new JPopupMenu();
        menu.add(themes);
        menu.add(indicators);
        menu.add(initiatives);
        menu.addSeparator();
        menu.add(legend);
        layers.setToolTipText("Add themes, indicators or initiatives to the network; show or hide the legend");
        layers.addActionListener(e -> menu.show(layers, 0, layers.getHeight()));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return type.getEnumConstants()[0];
        }
    }

    private void names() {
        sizeBy.setName("network.size");
        colourBy.setName("network.colour");
        layout.setName("network.layout");
        themes.setName("network.themes");
        indicators.setName("network.indicators");
        initiatives.setName("network.initiatives");
        legend.setName("network.legend");
        layers.setName("network.layers");
        search.setName("network.search");
        show.setName("network.show");
        minScore.setName("network.minScore");
        neighbourhood.setName("network.neighbourhood");
        unconnected.setName("network.unconnected");
        run.setName("network.run");
        stop.setName("network.stop");
        fit.setName("network.fit");
        status.setName("network.status");
    }

    /** The three rows: find and what is drawn; how it is drawn; the filter and the layout's buttons. */
    JPanel bar() {
        JLabel find = new JLabel("Find: ");
        find.setDisplayedMnemonic('I');
        find.setLabelFor(search);
        JPanel first = row(find, search, gap(), layers, gap(), neighbourhood, unconnected);
        JPanel second = row(
                new JLabel("Size: "),
                sizeBy,
                gap(),
                new JLabel("Colour: "),
                colourBy,
                gap(),
                new JLabel("Layout: "),
                layout,
                gap(),
                new JLabel("Score \u2265 "),
                minScore,
                new JLabel(" %"));
        JPanel third = row(new JLabel("Show: "), show, gap(), run, stop, fit, gap(), status);
        for (JComponent c : List.of(sizeBy, colourBy, layout, show, minScore)) {
            c.setMaximumSize(c.getPreferredSize());
        }
        search.setMinimumSize(search.getPreferredSize());
        search.setMaximumSize(search.getPreferredSize());
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        for (JPanel row : List.of(first, second, third)) {
            row.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
            row.setAlignmentX(0);
            top.add(row);
        }
        return top;
    }

    private static JPanel row(JComponent... items) {
        JPanel row = new JPanel();
        row.setLayout(new BoxLayout(row, BoxLayout.X_AXIS));
        row.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        for (JComponent c : items) {
            row.add(c);
        }
        row.add(Box.createHorizontalGlue());
        return row;
    }

    private static JComponent gap() {
        return (JComponent) Box.createHorizontalStrut(8);
    }

    double minShare() {
        return ((Number) minScore.getValue()).doubleValue() / 100.0;
    }
}
