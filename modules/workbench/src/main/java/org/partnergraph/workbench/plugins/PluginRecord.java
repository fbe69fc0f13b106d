package org.partnergraph.workbench.plugins;

import java.nio.file.Path;

/**
 * A plugin as the plugin manager window lists it.
 *
 * @param requires the plugin API version the plugin says it needs
 * @param error why it was refused or failed, as a sentence; empty otherwise
 */
public record PluginRecord(
        String id, String version, String provider, String requires, PluginStatus status, String error, Path path) {

    PluginRecord withFailure(String sentence) {
        return new PluginRecord(id, version, provider, requires, PluginStatus.FAILED, sentence, path);
    }
}
