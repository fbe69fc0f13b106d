package org.partnergraph.workbench.shell;

import java.awt.Component;
import java.awt.GridLayout;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.ButtonGroup;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JTextField;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.partnergraph.model.Wave;
import org.partnergraph.plugin.BackgroundTask;
import org.partnergraph.store.GraphStore;
import org.partnergraph.workbench.context.BackgroundTasks;
import org.partnergraph.workbench.context.ChangePoller;
import org.partnergraph.workbench.context.SharedGraph;
import org.partnergraph.workbench.context.ShownDate;
import org.partnergraph.workbench.context.StatusMessages;
import org.partnergraph.workbench.edit.EditService;

/**
 * Waves: start a draft re-assessment (a copy of the current ratings and stages, dated at the
 * wave's date, seen only by its author), choose which draft edits go into, publish or delete a
 * draft, and compare two waves. The store's calls run in the background; the history is read
 * again after each.
 */
public final class WavesMenu extends JMenu {

    private final Component parent;
    private final SharedGraph graph;
    private final Supplier<GraphStore> store;
    private final EditService edits;
    private final ShownDate shown;
    private final BackgroundTasks tasks;
    private final ChangePoller poller;
    private final StatusMessages messages;
    private final JMenu editInto = new JMenu("Edit into");
    private final JMenuItem stopComparing = new JMenuItem("Stop comparing");

    /** What the menu works with: the services of one window. */
    public record Services(
            SharedGraph graph,
            Supplier<GraphStore> store,
            EditService edits,
            ShownDate shown,
            BackgroundTasks tasks,
            ChangePoller poller,
            StatusMessages messages) {}

    public WavesMenu(Component parent, Services s) {
        super("Waves");
        this.parent = parent;
        this.graph = s.graph();
        this.store = s.store();
        this.edits = s.edits();
        this.shown = s.shown();
        this.tasks = s.tasks();
        this.poller = s.poller();
        this.messages = s.messages();
        setName("menu.waves");
        add(item("Start wave...", "menu.waves.start", this::askStart));
        editInto.setName("menu.waves.editInto");
        add(editInto);
        add(item("Publish draft...", "menu.waves.publish", () -> chooseDraft("Publish", this::publish)));
        add(item("Delete draft...", "menu.waves.delete", () -> chooseDraft("Delete", this::confirmDelete)));
        addSeparator();
        add(item("Compare waves...", "menu.waves.compare", this::askCompare));
        stopComparing.setName("menu.waves.stopComparing");
        stopComparing.addActionListener(e -> shown.stopComparing());
        add(stopComparing);
        addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                refresh();
            }

            @Override
            public void menuDeselected(MenuEvent e) {}

            @Override
            public void menuCanceled(MenuEvent e) {}
        });
    }

    /** The viewer's own drafts, by date. */
    public List<Wave> drafts() {
        return graph.history().waves().stream()
                .filter(w -> !w.published() && w.author().equals(graph.viewer()))
                .sorted(byDate())
                .toList();
    }

    private void refresh() {
        editInto.removeAll();
        ButtonGroup group = new ButtonGroup();
        JRadioButtonMenuItem none = new JRadioButtonMenuItem(
                "No wave (edits hold from today)", edits.wave().isEmpty());
        none.setName("menu.waves.editInto.none");
        none.addActionListener(e -> edits.setWave(null));
        group.add(none);
        editInto.add(none);
        for (Wave w : drafts()) {
            JRadioButtonMenuItem i =
                    new JRadioButtonMenuItem(label(w), edits.wave().equals(w.id()));
            i.setName("menu.waves.editInto." + w.id());
            i.addActionListener(e -> edits.setWave(w));
            group.add(i);
            editInto.add(i);
        }
        stopComparing.setEnabled(graph.comparison().isPresent());
    }

    private void askStart() {
        List<String> partnerships = graph.history().partnerships();
        if (partnerships.isEmpty()) {
            messages.error("There is no partnership to start a wave in; load a dataset first.");
            return;
        }
        JComboBox<String> partnership = new JComboBox<>(partnerships.toArray(String[]::new));
        partnership.setName("waves.partnership");
        JTextField name = new JTextField(thisYear() + " annual review", 20);
        name.setName("waves.name");
        JTextField date = new JTextField(graph.today().toString(), 10);
        date.setName("waves.date");
        JPanel form = form("Partnership", partnership, "Name", name, "Holds from (YYYY-MM-DD)", date);
        if (JOptionPane.showConfirmDialog(parent, form, "Start wave", JOptionPane.OK_CANCEL_OPTION)
                != JOptionPane.OK_OPTION) {
            return;
        }
        try {
            startWave(
                    (String) partnership.getSelectedItem(),
                    name.getText(),
                    LocalDate.parse(date.getText().strip()));
        } catch (DateTimeParseException e) {
            messages.error("'" + date.getText() + "' is not a date (YYYY-MM-DD); no wave was started.");
        }
    }

    /** Starts a draft wave in the background; edits then go into it. Event thread only. */
    public void startWave(String partnership, String name, LocalDate date) {
        if (name == null || name.isBlank()) {
            messages.error("A wave needs a name; no wave was started.");
            return;
        }
        String author = graph.viewer();
        storeCall("Starting wave " + name, s -> s.startWave(partnership, name.strip(), date, author), w -> {
            edits.setWave(w);
            return "Started the draft wave \"" + w.name() + "\" (" + w.date() + "): only " + author
                    + " sees it until it is published; edits now go into it (Waves > Edit into).";
        });
    }

    /** Publishes a draft in the background. Event thread only. */
    public void publish(Wave w) {
        storeCall("Publishing " + w.name(), s -> s.publishWave(w.id()), published -> {
            if (edits.wave().equals(w.id())) {
                edits.setWave(null);
            }
            return "Published the wave \"" + w.name() + "\": everyone sees it now; edits hold from today again.";
        });
    }

    private void confirmDelete(Wave w) {
        if (JOptionPane.showConfirmDialog(
                        parent,
                        "Delete the draft \"" + w.name() + "\" and every assessment in it?",
                        "Delete draft",
                        JOptionPane.OK_CANCEL_OPTION)
                == JOptionPane.OK_OPTION) {
            delete(w);
        }
    }

    /** Deletes a draft in the background. Event thread only. */
    public void delete(Wave w) {
        storeCall(
                "Deleting " + w.name(),
                s -> {
                    s.deleteWave(w.id());
                    return w;
                },
                deleted -> {
                    if (edits.wave().equals(w.id())) {
                        edits.setWave(null);
                    }
                    return "Deleted the draft wave \"" + w.name() + "\" and its assessments.";
                });
    }

    private void chooseDraft(String verb, Consumer<Wave> then) {
        List<Wave> drafts = drafts();
        if (drafts.isEmpty()) {
            messages.error("You have no draft wave to " + verb.toLowerCase(java.util.Locale.ROOT) + ".");
            return;
        }
        JComboBox<String> choice =
                new JComboBox<>(drafts.stream().map(WavesMenu::label).toArray(String[]::new));
        choice.setName("waves.draft");
        drafts.stream()
                .filter(w -> w.id().equals(edits.wave()))
                .findFirst()
                .ifPresent(w -> choice.setSelectedIndex(drafts.indexOf(w)));
        if (JOptionPane.showConfirmDialog(parent, form("Draft", choice), verb + " draft", JOptionPane.OK_CANCEL_OPTION)
                == JOptionPane.OK_OPTION) {
            then.accept(drafts.get(choice.getSelectedIndex()));
        }
    }

    private void askCompare() {
        List<Wave> waves = graph.history().waves().stream().sorted(byDate()).toList();
        if (waves.size() < 2) {
            messages.error("Comparing needs two waves; there " + (waves.size() == 1 ? "is one" : "are none") + ".");
            return;
        }
        String[] labels = waves.stream().map(WavesMenu::label).toArray(String[]::new);
        JComboBox<String> then = new JComboBox<>(labels);
        then.setName("waves.then");
        then.setSelectedIndex(waves.size() - 2);
        JComboBox<String> now = new JComboBox<>(labels);
        now.setName("waves.now");
        now.setSelectedIndex(waves.size() - 1);
        if (JOptionPane.showConfirmDialog(
                        parent, form("Then", then, "Now", now), "Compare waves", JOptionPane.OK_CANCEL_OPTION)
                != JOptionPane.OK_OPTION) {
            return;
        }
        Wave a = waves.get(then.getSelectedIndex());
        Wave b = waves.get(now.getSelectedIndex());
        if (a.id().equals(b.id())) {
            messages.error("Choose two different waves to compare.");
            return;
        }
        boolean ordered = byDate().compare(a, b) <= 0;
        shown.compare(ordered ? a : b, ordered ? b : a);
    }

    private interface StoreCall<T> {
        T run(GraphStore s) throws Exception;
    }

    /** Runs a wave call in the background (a write of this window), then reads the history again. */
    private <T> void storeCall(String title, StoreCall<T> call, java.util.function.Function<T, String> done) {
        GraphStore s = store.get();
        if (s == null) {
            messages.error("The database is not ready yet; nothing was changed.");
            return;
        }
        BackgroundTask<T> task = m -> {
            poller.beforeWrite();
            try {
                return call.run(s);
            } finally {
                poller.afterWrite();
            }
        };
        tasks.submit(title, task, result -> {
            String said = done.apply(result);
            edits.readAgain(title, () -> messages.info(said));
        });
    }

    private static Comparator<Wave> byDate() {
        return Comparator.comparing(Wave::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(Wave::name);
    }

    private static String label(Wave w) {
        return w.name() + " (" + (w.date() == null ? "undated" : w.date()) + (w.published() ? "" : ", draft") + ")";
    }

    private static JPanel form(Object... labelsAndFields) {
        JPanel p = new JPanel(new GridLayout(0, 2, 6, 4));
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            p.add(new JLabel((String) labelsAndFields[i]));
            p.add((Component) labelsAndFields[i + 1]);
        }
        return p;
    }

    private static JMenuItem item(String text, String name, Runnable run) {
        JMenuItem i = new JMenuItem(text);
        i.setName(name);
        i.addActionListener(e -> run.run());
        return i;
    }

    @SuppressWarnings("JavaTimeDefaultTimeZone") // the user's year, in the user's zone
    private static int thisYear() {
        return LocalDate.now().getYear();
    }
}
