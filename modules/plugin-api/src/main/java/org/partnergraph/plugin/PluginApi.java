package org.partnergraph.plugin;

/**
 * The version of this API and of its Swing side ({@code org.partnergraph.plugin.swing.SwingApi}, released with
 * it). A plugin states the version it was built for in its descriptor ({@code plugin.requires=2.0} in
 * {@code plugin.properties}, or {@code Plugin-Requires: 2.0} in the jar manifest); the workbench refuses a plugin
 * whose version it does not provide ({@link ApiVersion#refusal(String, String, ApiVersion)}).
 *
 * <p>2.0 split the API in two jars: this headless one ({@link PluginContext}, importers, exporters, the graph,
 * selection, tasks, edits, settings) and {@code partnergraph-plugin-swing-api} (views, their context and
 * exports, in {@code org.partnergraph.plugin.swing}); {@code ViewExports} and the chart, SVG, CSV and GraphML
 * libraries are no longer part of it.
 *
 * <p>2.1 added time: {@link GraphModel#history()}, {@link GraphModel#asOf()}, {@link GraphModel#comparison()}
 * and {@link GraphModel#viewer()}, and the edits {@link EditRequest.RemoveInfluence}, {@link
 * EditRequest.EndMembership}, {@link EditRequest.CorrectMeasurement}, {@link EditRequest.RemoveMeasurement} and
 * {@link EditRequest.AsOf}.
 *
 * @since 1.0
 */
public final class PluginApi {

    /**
     * {@code major.minor}: a new minor version only adds to the API, so a plugin built for 1.0
     * runs on 1.3; a new major version may remove or change, so a plugin built for 1.x does not run on 2.x.
     *
     * @since 1.0
     */
    public static final String VERSION = "2.1";

    private PluginApi() {}

    /**
     * {@link #VERSION}, parsed.
     *
     * @since 1.0
     */
    public static ApiVersion version() {
        return ApiVersion.parse(VERSION);
    }
}
