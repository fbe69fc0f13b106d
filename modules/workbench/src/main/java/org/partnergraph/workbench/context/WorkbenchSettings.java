package org.partnergraph.workbench.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.partnergraph.plugin.PluginSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's settings: a properties file in the user folder ({@code workbench.properties}),
 * written in the background after each change. Plugins get a scope of their own. Never holds a password.
 */
public final class WorkbenchSettings {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchSettings.class);

    private final Path file;
    private final Properties values = new Properties();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pg-settings");
        t.setDaemon(true);
        return t;
    });

    public WorkbenchSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                LOG.warn("Could not read settings {}; starting with defaults", file, e);
            }
        }
    }

    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public int getInt(String key, int fallback) {
        try {
            String v = get(key, null);
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = get(key, null);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        Properties snapshot = new Properties();
        snapshot.putAll(values);
        writer.execute(() -> write(snapshot));
    }

    /** Waits for pending writes (at exit). */
    public void flush() {
        try {
            writer.submit(() -> {}).get();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The settings of one plugin: its keys live under {@code plugin.<id>.}. */
    public PluginSettings forPlugin(String pluginId) {
        String prefix = "plugin." + pluginId + ".";
        return new PluginSettings() {
            @Override
            public String get(String key, String fallback) {
                return WorkbenchSettings.this.get(prefix + key, fallback);
            }

            @Override
            public void put(String key, String value) {
                WorkbenchSettings.this.put(prefix + key, value);
            }
        };
    }

    private void write(Properties snapshot) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                snapshot.store(out, "Partnergraph workbench");
            }
            Files.move(
                    tmp,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }
}
