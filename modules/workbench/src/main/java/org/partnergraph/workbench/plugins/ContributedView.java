package org.partnergraph.workbench.plugins;

import org.partnergraph.plugin.swing.AnalysisView;
import org.partnergraph.plugin.swing.ViewInfo;

/** A view a plugin contributes, with the plugin's id ({@link PluginHost#SYSTEM} for the class path). */
public record ContributedView(String pluginId, AnalysisView view, ViewInfo info) {}
