package org.partnergraph.plugin;

/**
 * The version of this API. A plugin states the version it was built for in its descriptor
 * ({@code plugin.requires=1.0} in {@code plugin.properties}, or {@code Plugin-Requires: 1.0} in the
 * jar manifest); the workbench refuses a plugin whose version it does not provide
 * ({@link ApiVersion#refusal(String, String, ApiVersion)}).
 *
 * @since 1.0
 */
public final class PluginApi {

    /**
     * {@code major.minor}: a new minor version only adds to the API, so a plugin built for 1.0
     * runs on 1.3; a new major version may remove or change, so a plugin built for 1.x does not run on 2.x.
     */
    public static final String VERSION = "1.1";

    private PluginApi() {}

    /** {@link #VERSION}, parsed. */
    public static ApiVersion version() {
        return ApiVersion.parse(VERSION);
    }
}
