package org.partnergraph.workbench.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.workbench.WorkbenchWindow;

/** Help > How to connect in the real window, naming the database the window works on. */
@ExtendWith(EmbeddedDatabase.class)
class HowToConnectIT {

    @Test
    void helpHowToConnectShowsTheTextWithThisWindowsDatabase(GraphStore store) throws Exception {
        try (WorkbenchWindow w = WorkbenchWindow.open(store, null, null)) {
            w.window().menuItemWithPath("Help", "How to connect...").click();
            var dialog = w.window().dialog();
            String text = GuiActionRunner.execute(
                    () -> dialog.textBox("howToConnect.text").target().getText());
            assertThat(text)
                    .startsWith("How to connect other tools to this graph")
                    .contains("This window works on: " + store.connection().uri())
                    .contains("partnergraph serve");
            dialog.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("OK"))
                    .click();
        }
    }
}
