/** Views without a window: the command line's {@code view} command renders and exports them. */
package org.partnergraph.workbench.headless;
