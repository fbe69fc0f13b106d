package org.partnergraph.workbench.plugins;

/** What the plugin manager window shows for a plugin. */
public enum PluginStatus {
    STARTED("started"),
    DISABLED("disabled"),
    REFUSED("refused"),
    FAILED("failed");

    private final String label;

    PluginStatus(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
