package org.partnergraph.workbench.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.workbench.ExportingView;
import org.partnergraph.workbench.LinesImporter;
import org.partnergraph.workbench.NamesExporter;
import org.partnergraph.workbench.PluginJars;

class PluginHostTest {

    @Test
    void stopStopsEveryStartedPlugin(@TempDir Path dir) throws Exception {
        Path plugins = dir.resolve("plugins");
        java.nio.file.Files.createDirectories(plugins);
        PluginJars.build(plugins, "first-plugin", "2.0", ExportingView.class);
        PluginJars.build(plugins, "second-plugin", "2.0", LinesImporter.class);
        PluginJars.build(plugins, "third-plugin", "2.0", NamesExporter.class);
        PluginHost host = new PluginHost(List.of(plugins), dir.resolve("user"), false);
        host.load();
        assertThat(host.started()).containsExactlyInAnyOrder("first-plugin", "second-plugin", "third-plugin");

        host.stop();

        // PF4J's own stopPlugins() stops one and throws (pf4j issue #656)
        assertThat(host.started()).isEmpty();
    }

    @Test
    void installDisableAndEnableChangeWhatIsContributedAtOnce(@TempDir Path dir) throws Exception {
        Path jars = java.nio.file.Files.createDirectories(dir.resolve("jars"));
        Path jar = PluginJars.build(jars, "io-plugin", "2.0", ExportingView.class, LinesImporter.class);
        PluginHost host = new PluginHost(List.of(dir.resolve("plugins")), dir.resolve("user"), false);
        host.load();
        assertThat(host.importers()).isEmpty();

        assertThat(host.install(jar).status()).isEqualTo(PluginStatus.STARTED);
        assertThat(host.viewsOf("io-plugin")).hasSize(1);
        assertThat(host.importers()).hasSize(1);

        assertThat(host.setEnabled("io-plugin", false).status()).isEqualTo(PluginStatus.DISABLED);
        assertThat(host.viewsOf("io-plugin")).isEmpty();
        assertThat(host.importers()).isEmpty();
        assertThat(host.started()).doesNotContain("io-plugin");

        assertThat(host.setEnabled("io-plugin", true).status()).isEqualTo(PluginStatus.STARTED);
        assertThat(host.viewsOf("io-plugin")).hasSize(1);
        assertThat(host.importers()).hasSize(1);
        assertThat(host.started()).contains("io-plugin");
    }
}
