package org.partnergraph.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds real plugin jars in a test folder: descriptor in the manifest, the extension index, the classes. */
public final class PluginJars {

    private PluginJars() {}

    public static Path build(Path dir, String id, String requires, Class<?>... extensions) throws IOException {
        return build(dir, id, requires, null, List.of(extensions), List.of());
    }

    /**
     * A plugin jar with a {@code Plugin-Class} ({@code pluginClass}, or none when null), the
     * {@code extensions} in its index and the {@code helpers} (other classes they use) beside them.
     */
    public static Path build(
            Path dir,
            String id,
            String requires,
            Class<?> pluginClass,
            List<Class<?>> extensions,
            List<Class<?>> helpers)
            throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Plugin-Id", id);
        a.putValue("Plugin-Version", "0.0.1");
        a.putValue("Plugin-Provider", "Tests");
        a.putValue("Plugin-Requires", requires);
        if (pluginClass != null) {
            a.putValue("Plugin-Class", pluginClass.getName());
        }
        Path jar = dir.resolve(id + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            StringBuilder index = new StringBuilder();
            extensions.forEach(c -> index.append(c.getName()).append('\n'));
            List<Class<?>> classes = new java.util.ArrayList<>(extensions);
            classes.addAll(helpers);
            if (pluginClass != null) {
                classes.add(pluginClass);
            }
            for (Class<?> c : classes) {
                String entry = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = c.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            out.write(index.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
