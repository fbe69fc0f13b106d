package org.partnergraph.views.overlaps;

import java.awt.Component;
import java.awt.Dimension;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
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

        setLayout(new BoxLayout(this, BoxLayout.X_AXIS));
        setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        add(labelFor("Measure: ", 'M', measure));
        add(measure);
        measure.setMaximumSize(measure.getPreferredSize());
        add(Box.createHorizontalStrut(10));
        add(labelFor("Merge candidates at or above: ", 'A', threshold));
        add(threshold);
        threshold.setMaximumSize(new Dimension(80, threshold.getPreferredSize().height));
        add(Box.createHorizontalStrut(10));
        add(labelFor("of groups with at least: ", 'G', minSize));
        add(minSize);
        minSize.setMaximumSize(new Dimension(64, minSize.getPreferredSize().height));
        minSize.setPreferredSize(minSize.getMaximumSize());
        add(new JLabel(" members"));
        add(Box.createHorizontalStrut(10));
        add(status);
        add(Box.createHorizontalGlue());
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
