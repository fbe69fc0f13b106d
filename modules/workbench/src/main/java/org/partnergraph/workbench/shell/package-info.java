/** The Swing shell: main window, navigator, inspector, view area, status bar, dialogs, look and feel, watchdog. */
package org.partnergraph.workbench.shell;
