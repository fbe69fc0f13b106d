package org.partnergraph.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnergraph.analytics.influence.InfluenceMap;
import org.partnergraph.analytics.influence.PartnerInfluence;
import org.partnergraph.plugin.PluginApi;
import org.partnergraph.store.GraphStore;
import org.partnergraph.store.testing.EmbeddedDatabase;
import org.partnergraph.workbench.WorkbenchWindow;

/**
 * The guide's example as a plugin author gets it (issue 12): maven-invoker-plugin copied {@code plugins/example-view}
 * out of the reactor and built the copy with the Maven wrapper, offline, against the API installed in a private
 * repository (pre-integration-test); this opens the jar it made in the real workbench and its view on Hertfordshire.
 */
@ExtendWith(EmbeddedDatabase.class)
class PluginGuideIT {

    private static final Path COPY = Path.of(System.getProperty("guide.example.dir", "target/it"), "example-view");

    @Test
    void theCopyBuiltItsJarWithADescriptorFilledInFromThePom() throws IOException {
        Properties descriptor = descriptor(builtJar());
        assertThat(descriptor.getProperty("plugin.id")).isEqualTo("example-view");
        assertThat(descriptor.getProperty("plugin.version")).isEqualTo(ExampleFiles.exampleVersion());
        assertThat(descriptor.getProperty("plugin.requires")).isEqualTo(PluginApi.VERSION);
        assertThat(descriptor.getProperty("plugin.description")).startsWith("Relationship gaps");
        assertThat(descriptor.values()).noneMatch(v -> v.toString().contains("${"));
        assertThat(COPY.resolve("target/surefire-reports"))
                .as("the copy ran its own tests")
                .isDirectory();
    }

    @Test
    void theJarTheCopyBuiltOpensItsViewInAWorkbench(GraphStore store) throws Exception {
        Path plugins =
                Files.createDirectories(Files.createTempDirectory("pg-guide").resolve("plugins"));
        Path jar = builtJar();
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        try (WorkbenchWindow w = WorkbenchWindow.openWithPlugins(store, WorkbenchWindow.hertfordshire(), plugins)) {
            assertThat(w.pluginStatus("example-view")).isEqualToIgnoringCase("started");
            w.openFromMenu("example.relationship-gaps", "Examples", "Relationship gaps");
            JTableFixture table = w.window().table("example.gaps");

            List<PartnerInfluence> rated = InfluenceMap.of(store.readGraph()).partners().stream()
                    .filter(p -> !p.ratings().isEmpty())
                    .toList();
            PartnerInfluence largest = rated.stream()
                    .max(Comparator.comparingDouble(PartnerInfluence::relationshipGap))
                    .orElseThrow();
            assertThat(rated).hasSizeGreaterThan(5);
            table.requireRowCount(rated.size());
            assertThat(GuiActionRunner.execute(() -> table.target().getValueAt(0, 0)))
                    .isEqualTo(largest.partner().name());
        }
    }

    private static Path builtJar() throws IOException {
        try (Stream<Path> files = Files.list(COPY.resolve("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .toList();
            assertThat(jars).as("the jar the copy built in " + COPY).hasSize(1);
            return jars.get(0);
        }
    }

    private static Properties descriptor(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile());
                InputStream in = file.getInputStream(file.getEntry("plugin.properties"))) {
            Properties p = new Properties();
            p.load(in);
            return p;
        }
    }
}
