package org.partnergraph.workbench;

import java.awt.BorderLayout;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JPanel;
import org.partnergraph.workbench.shell.DateStrip;
import org.partnergraph.workbench.shell.StatusBar;
import org.partnergraph.workbench.shell.WavesMenu;

/** The window's parts for time: the date strip under the toolbar and the Waves menu (kept out of MainWindow). */
final class TimeParts {

    private TimeParts() {}

    /** The toolbar with the date strip under it. */
    static JComponent north(JComponent toolbar, Workbench w, StatusBar status) {
        JPanel north = new JPanel(new BorderLayout());
        north.add(toolbar, BorderLayout.NORTH);
        north.add(new DateStrip(w.graph(), w.time().shown(), status), BorderLayout.SOUTH);
        return north;
    }

    static JMenu wavesMenu(MainWindow window, Workbench w, StatusBar status) {
        return new WavesMenu(
                window,
                new WavesMenu.Services(
                        w.graph(),
                        w::store,
                        w.edits(),
                        w.time().shown(),
                        w.tasks(),
                        w.time().poller(),
                        status));
    }
}
