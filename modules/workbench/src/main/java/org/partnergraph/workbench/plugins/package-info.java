/**
 * Plugin loading on PF4J: {@link org.partnergraph.workbench.plugins.WorkbenchPluginManager} (jars from the
 * application and user plugins folders, plugin folders with {@code target/classes} in development, the API
 * version check) and {@link org.partnergraph.workbench.plugins.PluginHost}, which keeps each plugin's state
 * and error for the plugin manager window and contributes the views.
 */
package org.partnergraph.workbench.plugins;
