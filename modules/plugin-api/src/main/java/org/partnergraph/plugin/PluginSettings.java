package org.partnergraph.plugin;

/**
 * Settings kept for one plugin across restarts (keys are private to the plugin). Small values only.
 *
 * @since 1.0
 */
public interface PluginSettings {

    /**
     * The value of {@code key}, or {@code fallback} where there is none.
     *
     * @since 1.0
     */
    String get(String key, String fallback);

    /**
     * Stores {@code value} (null removes it).
     *
     * @since 1.0
     */
    void put(String key, String value);

    /**
     * The value as a number, or {@code fallback} where there is none or it is not a number.
     *
     * @since 1.0
     */
    default double getDouble(String key, double fallback) {
        try {
            String v = get(key, null);
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * The value as true or false, or {@code fallback} where there is none.
     *
     * @since 1.0
     */
    default boolean getBoolean(String key, boolean fallback) {
        String v = get(key, null);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }
}
