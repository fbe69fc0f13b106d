package org.partnergraph.plugin;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plugin API version, {@code major.minor}. The workbench provides one; a plugin needs one.
 *
 * @param major incompatible changes
 * @param minor additions only
 * @since 1.0
 */
public record ApiVersion(int major, int minor) {

    private static final Pattern FORM = Pattern.compile("\\s*(?:>=\\s*)?(\\d+)(?:\\.(\\d+))?(?:\\.\\d+)?\\s*");

    /**
     * @throws IllegalArgumentException when a part is negative
     * @since 1.0
     */
    public ApiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("a version has no negative parts, was " + major + "." + minor);
        }
    }

    /**
     * Reads {@code 1}, {@code 1.0}, {@code 1.0.0} or {@code >=1.0}.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     * @since 1.0
     */
    public static ApiVersion parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a plugin API version; expected major.minor, like 1.0");
        }
        return new ApiVersion(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    /**
     * Whether a plugin that needs {@code required} runs on this version: same major, this minor at least as new.
     *
     * @since 1.0
     */
    public boolean provides(ApiVersion required) {
        return required.major == major && required.minor <= minor;
    }

    /**
     * Why a plugin cannot be loaded on {@code provided}, as a sentence naming both versions; empty when it can.
     *
     * @param pluginId the plugin's id, for the sentence
     * @param required what the plugin's descriptor states, possibly empty or {@code *}
     * @since 1.0
     */
    public static Optional<String> refusal(String pluginId, String required, ApiVersion provided) {
        if (required == null || required.isBlank() || required.strip().equals("*")) {
            return Optional.of("Plugin '" + pluginId + "' does not say which plugin API version it needs"
                    + " (plugin.requires), and this workbench provides plugin API " + provided + ".");
        }
        ApiVersion needed;
        try {
            needed = parse(required);
        } catch (IllegalArgumentException e) {
            return Optional.of("Plugin '" + pluginId + "' needs plugin API '" + required.strip()
                    + "', which is not a version; this workbench provides plugin API " + provided + ".");
        }
        if (provided.provides(needed)) {
            return Optional.empty();
        }
        return Optional.of(
                "Plugin '" + pluginId + "' needs plugin API " + needed + ", but this workbench provides plugin API "
                        + provided
                        + (needed.major == provided.major
                                ? "; update the workbench."
                                : "; ask for a version of the plugin built for " + provided.major + ".x."));
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
