package org.partnergraph.workbench.shell;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.UIManager;

/** FlatLaf light or dark, switched live. */
public final class Themes {

    private Themes() {}

    /** Installs the look and feel; on the event thread. */
    public static void install(boolean dark) {
        UIManager.put("TabbedPane.showTabSeparators", true);
        UIManager.put("ScrollBar.showButtons", false);
        UIManager.put("Component.arc", 6);
        UIManager.put("Table.showHorizontalLines", true);
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches every open window. */
    public static void switchTo(boolean dark) {
        install(dark);
        FlatLaf.updateUI();
    }

    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }
}
