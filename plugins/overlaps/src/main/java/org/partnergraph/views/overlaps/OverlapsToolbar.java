package org.partnergraph.views.overlaps;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.partnergraph.analytics.overlap.GroupOverlaps;
import org.partnergraph.analytics.overlap.OverlapMeasure;
import org.partnergraph.plugin.PluginSettings;

/** The overlaps toolbar: the measure, the merge-candidate threshold (remembered per measure), a status. */
final class OverlapsToolbar extends JPanel {

    private final PluginSettings settings;
    private final JComboBox<OverlapMeasure> measure = new JComboBox<>(OverlapMeasure.values());
    private final JSpinner threshold =
            new JSpinner(new SpinnerNumberModel(GroupOverlaps.MERGE_THRESHOLD_DEFAULT, 0.0, 1.0, 0.05));
    private final JSpinner minSize = new JSpinner(new SpinnerNumberModel(MIN_GROUP_SIZE_DEFAULT, 1, 10_000, 1));
    private final JLabel status = new JLabel("Computing\u2026");

    /** Merge candidates are pairs of groups of at least 3 members: a one-member group matches anything it sits in. */
    static final int MIN_GROUP_SIZE_DEFAULT = 3;

    OverlapsToolbar(PluginSettings settings) {
        this.settings = settings;
        measure.setName("overlaps.measure");
        threshold.setName("overlaps.threshold");
        minSize.setName("overlaps.minsize");
        minSize.setValue(Math.max(1, (int) settings.getDouble("minGroupSize", MIN_GROUP_SIZE_DEFAULT)));
        minSize.setToolTipText("Merge candidates only between groups with at least this many members"
                + " (a one- or two-member group has Jaccard 1 with any group that holds its members)");
        status.setName("overlaps.status");
        measure.setRenderer(new MeasureRenderer());
        measure.setSelectedItem(OverlapMeasure.valueOf(settings.get("measure", OverlapMeasure.JACCARD.name())));

        // two rows that wrap when the view is narrow (a view docked beside the navigator is ~750 px wide)
        setLayout(new FlowLayout(FlowLayout.LEFT, 0, 2) {
            @Override
            public Dimension preferredLayoutSize(java.awt.Container target) {
                return wrapped(target, this);
            }
        });
        setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        add(row(labelFor("Measure: ", 'M', measure), measure, Box.createHorizontalStrut(10)));
        add(row(labelFor("Merge candidates at or above: ", 'A', threshold), threshold, Box.createHorizontalStrut(10)));
        minSize.setPreferredSize(new Dimension(64, minSize.getPreferredSize().height));
        add(row(
                labelFor("of groups with at least: ", 'G', minSize),
                minSize,
                new JLabel(" members"),
                Box.createHorizontalStrut(10)));
        add(row(status));
        thresholdModel();
    }

    /** Runs {@code action} when the user picks another measure, after the choice is remembered. */
    void onMeasure(Runnable action) {
        measure.addActionListener(e -> {
            settings.put("measure", measure().name());
            thresholdModel();
            action.run();
        });
    }

    /** Runs {@code action} when the threshold changes, after it is remembered for the measure. */
    void onThreshold(Runnable action) {
        threshold.addChangeListener(e -> {
            settings.put("threshold." + measure().name(), threshold.getValue().toString());
            action.run();
        });
    }

    /** Runs {@code action} when the minimum group size changes, after it is remembered. */
    void onMinSize(Runnable action) {
        minSize.addChangeListener(e -> {
            settings.put("minGroupSize", minSize.getValue().toString());
            action.run();
        });
    }

    int minGroupSize() {
        return ((Number) minSize.getValue()).intValue();
    }

    JSpinner minSizeSpinner() {
        return minSize;
    }

    OverlapMeasure measure() {
        return (OverlapMeasure) measure.getSelectedItem();
    }

    double threshold() {
        return ((Number) threshold.getValue()).doubleValue();
    }

    void status(String text, String tooltip) {
        status.setText(text);
        status.setToolTipText(tooltip);
    }

    /** 0 to 1 in twentieths for the ratios; a whole count of members for shared (default 2). */
    private void thresholdModel() {
        OverlapMeasure m = measure();
        String key = "threshold." + m.name();
        if (m == OverlapMeasure.SHARED) {
            threshold.setModel(new SpinnerNumberModel((int) settings.getDouble(key, 2), 1, 100_000, 1));
        } else {
            threshold.setModel(new SpinnerNumberModel(
                    settings.getDouble(key, GroupOverlaps.MERGE_THRESHOLD_DEFAULT), 0.0, 1.0, 0.05));
        }
    }

    private static JPanel row(Component... parts) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        for (Component c : parts) {
            row.add(c);
        }
        return row;
    }

    /** The height of the rows {@code layout} wraps {@code target}'s parts into at its current width. */
    private static Dimension wrapped(java.awt.Container target, FlowLayout layout) {
        int width = target.getWidth() > 0 ? target.getWidth() : Integer.MAX_VALUE;
        java.awt.Insets in = target.getInsets();
        int room = width - in.left - in.right;
        int x = 0;
        int rowHeight = 0;
        int height = 0;
        int widest = 0;
        for (Component c : target.getComponents()) {
            Dimension d = c.getPreferredSize();
            if (x > 0 && x + d.width > room) {
                height += rowHeight + layout.getVgap();
                x = 0;
                rowHeight = 0;
            }
            x += d.width;
            widest = Math.max(widest, x);
            rowHeight = Math.max(rowHeight, d.height);
        }
        height += rowHeight + 2 * layout.getVgap();
        return new Dimension(widest + in.left + in.right, height + in.top + in.bottom);
    }

    private static JLabel labelFor(String text, char mnemonic, Component field) {
        JLabel label = new JLabel(text);
        label.setDisplayedMnemonic(mnemonic);
        label.setLabelFor(field);
        return label;
    }

    private static final class MeasureRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(
                JList<?> list, Object value, int index, boolean sel, boolean focus) {
            String text = value instanceof OverlapMeasure m
                    ? switch (m) {
                        case SHARED -> "Shared members";
                        case JACCARD -> "Jaccard";
                        case OVERLAP -> "Overlap coefficient";
                    }
                    : "";
            return super.getListCellRendererComponent(list, text, index, sel, focus);
        }
    }
}
