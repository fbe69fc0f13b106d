package org.partnergraph.workbench.shell;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import org.partnergraph.workbench.context.BackgroundTasks;
import org.partnergraph.workbench.context.StatusMessages;

/** Which database, its counts, the last message, and the running tasks with progress and cancel. */
public final class StatusBar extends JPanel implements StatusMessages {

    private final JLabel database = new JLabel("No database yet");
    private final JLabel counts = new JLabel("");
    private final JLabel message = new JLabel(" ");
    private final JLabel task = new JLabel("");
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JButton cancel = new JButton("Cancel");

    public StatusBar(BackgroundTasks tasks) {
        super(new BorderLayout(12, 0));
        setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        database.setName("status.database");
        counts.setName("status.counts");
        message.setName("status.message");
        task.setName("status.task");
        cancel.setName("status.cancel");
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 12, 0));
        left.setOpaque(false);
        left.add(database);
        left.add(counts);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        right.setOpaque(false);
        progress.setPreferredSize(new java.awt.Dimension(140, 14));
        right.add(task);
        right.add(progress);
        right.add(cancel);
        cancel.putClientProperty("JButton.buttonType", "roundRect");
        cancel.addActionListener(e -> tasks.running().forEach(BackgroundTasks.Running::cancel));
        add(left, BorderLayout.WEST);
        add(message, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
        showTasks(List.of());
        new Timer(200, e -> showTasks(tasks.running())).start();
    }

    public void setDatabase(String description) {
        database.setText(description);
    }

    /** Node and relationship counts from {@code GraphStore.stats}. */
    public void setCounts(Map<String, Long> stats) {
        long nodes = 0;
        long rels = 0;
        for (var e : stats.entrySet()) {
            if (Character.isUpperCase(e.getKey().charAt(0))
                    && !e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT))) {
                nodes += e.getValue();
            } else {
                rels += e.getValue();
            }
        }
        counts.setText(String.format("%,d nodes, %,d relationships", nodes, rels));
    }

    private void showTasks(List<BackgroundTasks.Running> running) {
        boolean any = !running.isEmpty();
        task.setVisible(any);
        progress.setVisible(any);
        cancel.setVisible(any);
        if (any) {
            BackgroundTasks.Running first = running.get(0);
            String more = running.size() > 1 ? " (+" + (running.size() - 1) + ")" : "";
            task.setText(first.title() + (first.message().isEmpty() ? "" : ": " + first.message()) + more);
            double f = first.fraction();
            progress.setIndeterminate(f < 0);
            if (f >= 0) {
                progress.setValue((int) (f * 1000));
            }
        }
    }

    @Override
    public void info(String sentence) {
        onEdt(() -> {
            message.setForeground(UIManager.getColor("Label.foreground"));
            message.setText(sentence);
        });
    }

    @Override
    public void error(String sentence) {
        onEdt(() -> {
            Color red = UIManager.getColor("Component.error.focusedBorderColor");
            message.setForeground(red == null ? Color.RED.darker() : red);
            message.setText(sentence);
            message.setToolTipText(sentence);
        });
    }

    /** The message shown now (tests). */
    public String messageText() {
        return message.getText();
    }

    private static void onEdt(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }
}
