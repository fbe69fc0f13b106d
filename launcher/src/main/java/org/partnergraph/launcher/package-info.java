/**
 * The {@code partnergraph} command: with no subcommand it opens the workbench; subcommands load,
 * export, validate and query datasets for scripts and tests, on the same code as the views.
 */
package org.partnergraph.launcher;
