package org.partnergraph.workbench.shell;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextField;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.model.Wave;
import org.partnergraph.plugin.GraphChange;
import org.partnergraph.workbench.context.SharedGraph;
import org.partnergraph.workbench.context.ShownDate;
import org.partnergraph.workbench.context.StatusMessages;

/**
 * The date control under the toolbar: a slider over the dates at which anything changed (up to
 * today), after a stop for the day before the first ("Before": what holds from the beginning), the
 * waves marked by name, and "Now" at its right end; a field to type any date; a Now button. Moving it (mouse, arrow keys, Home/End) shows every view as of that date.
 */
public final class DateStrip extends JPanel {

    private static final int WAVE_LABEL_CHARS = 16;

    private final SharedGraph graph;
    private final ShownDate shown;
    private final StatusMessages messages;
    private final JSlider slider = new JSlider(0, 0, 0);
    private final JLabel label = new JLabel("Now");
    private final JTextField field = new JTextField(9);
    private List<LocalDate> dates = List.of();
    private PartnershipGraph history;
    private boolean placing;

    public DateStrip(SharedGraph graph, ShownDate shown, StatusMessages messages) {
        super(new BorderLayout(8, 0));
        this.graph = graph;
        this.shown = shown;
        this.messages = messages;
        setName("date.strip");
        setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        slider.setName("date.slider");
        slider.setSnapToTicks(true);
        slider.setMinorTickSpacing(1);
        slider.setPaintTicks(true);
        slider.setPaintLabels(true);
        slider.getAccessibleContext().setAccessibleName("Date shown");
        slider.addChangeListener(e -> moved());
        label.setName("date.label");
        label.setLabelFor(slider);
        label.setDisplayedMnemonic('D');
        add(label, BorderLayout.WEST);
        add(slider, BorderLayout.CENTER);
        add(typed(), BorderLayout.EAST);
        graph.addGraphListener(this::graphChanged);
        rebuild();
    }

    private JComponent typed() {
        field.setName("date.field");
        field.setToolTipText("Type a date (YYYY-MM-DD) and press Enter to show the graph as of it");
        field.addActionListener(e -> typedDate());
        JButton now = new JButton("Now");
        now.setName("date.now");
        now.addActionListener(e -> shown.show(null));
        JPanel p = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        p.add(new JLabel("Go to"));
        p.add(field);
        p.add(now);
        return p;
    }

    private void typedDate() {
        String text = field.getText().strip();
        try {
            shown.show(text.isEmpty() ? null : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            messages.error("'" + text + "' is not a date (YYYY-MM-DD); the date shown is unchanged.");
        }
    }

    /** The dates the slider stops at, "Now" after the last (tests). */
    public List<LocalDate> dates() {
        return dates;
    }

    @SuppressWarnings("ReferenceEquality") // graphs are immutable and replaced whole: the same object is the same graph
    private void graphChanged(GraphChange change) {
        if (graph.history() != history) {
            rebuild();
        } else {
            place();
        }
    }

    private void rebuild() {
        history = graph.history();
        LocalDate today = graph.today();
        List<LocalDate> changes =
                history.changeDates().stream().filter(d -> !d.isAfter(today)).toList();
        List<LocalDate> stops = new ArrayList<>();
        if (!changes.isEmpty()) {
            // the day before the first change: what holds from the beginning (the undated rows)
            stops.add(changes.get(0).minusDays(1));
        }
        stops.addAll(changes);
        dates = List.copyOf(stops);
        @SuppressWarnings("JdkObsolete") // JSlider.setLabelTable takes a Dictionary
        Hashtable<Integer, JComponent> labels = new Hashtable<>();
        if (!changes.isEmpty()) {
            labels.put(0, new JLabel("Before"));
        }
        List<String> marks = new ArrayList<>();
        for (Wave w : history.waves()) {
            int i = w.date() == null ? -1 : dates.lastIndexOf(w.date());
            if (i > 0) {
                String name = w.name() + (w.published() ? "" : " (draft)");
                JLabel l = new JLabel(
                        name.length() > WAVE_LABEL_CHARS ? name.substring(0, WAVE_LABEL_CHARS - 1) + "…" : name);
                l.setToolTipText(name + ", " + w.date());
                labels.put(i, l);
                marks.add(name + " (" + w.date() + ")");
            }
        }
        labels.put(dates.size(), new JLabel("Now"));
        placing = true;
        slider.setMaximum(dates.size());
        slider.setLabelTable(labels);
        slider.setToolTipText(marks.isEmpty() ? "No waves" : "Waves: " + String.join(", ", marks));
        placing = false;
        place();
    }

    /** Puts the knob at the date shown: the last stop on or before it, or Now. */
    private void place() {
        int at = dates.size();
        if (graph.asOf().isPresent()) {
            LocalDate d = graph.asOf().get();
            at = 0;
            for (int i = 0; i < dates.size() && !dates.get(i).isAfter(d); i++) {
                at = i;
            }
        }
        placing = true;
        slider.setValue(at);
        placing = false;
        label.setText(graph.asOf().map(d -> "As of " + d).orElse("Now (" + graph.today() + ")"));
    }

    private void moved() {
        if (placing) {
            return;
        }
        LocalDate d = slider.getValue() >= dates.size() ? null : dates.get(slider.getValue());
        label.setText(d == null ? "Now (" + graph.today() + ")" : "As of " + d);
        if (!slider.getValueIsAdjusting()) {
            shown.show(d);
        }
    }
}
