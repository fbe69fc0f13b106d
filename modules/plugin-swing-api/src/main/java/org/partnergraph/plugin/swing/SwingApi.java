package org.partnergraph.plugin.swing;

import org.partnergraph.plugin.ApiVersion;
import org.partnergraph.plugin.PluginApi;

/**
 * The version of the Swing side of the plugin API. It moves with {@link PluginApi#VERSION}: the two
 * jars are released together, so one {@code plugin.requires} in a plugin's descriptor covers both.
 *
 * @since 2.0
 */
public final class SwingApi {

    /**
     * {@code major.minor}, always equal to {@link PluginApi#VERSION}.
     *
     * @since 2.0
     */
    public static final String VERSION = "2.1";

    private SwingApi() {}

    /**
     * {@link #VERSION}, parsed.
     *
     * @since 2.0
     */
    public static ApiVersion version() {
        return ApiVersion.parse(VERSION);
    }
}
