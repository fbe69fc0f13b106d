package org.partnergraph.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ApiVersionTest {

    private static final ApiVersion ONE_TWO = new ApiVersion(1, 2);

    @Test
    void readsTheFormsADescriptorMayUse() {
        assertThat(ApiVersion.parse("1")).isEqualTo(new ApiVersion(1, 0));
        assertThat(ApiVersion.parse("1.2")).isEqualTo(ONE_TWO);
        assertThat(ApiVersion.parse("1.2.7")).isEqualTo(ONE_TWO);
        assertThat(ApiVersion.parse(">=1.2")).isEqualTo(ONE_TWO);
    }

    @Test
    void refusesTextThatIsNotAVersion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiVersion.parse("one"));
        assertThat(e).hasMessage("'one' is not a plugin API version; expected major.minor, like 1.0");
    }

    @Test
    void anOlderMinorOfTheSameMajorRuns() {
        assertThat(ONE_TWO.provides(new ApiVersion(1, 0))).isTrue();
        assertThat(ONE_TWO.provides(ONE_TWO)).isTrue();
        assertThat(ApiVersion.refusal("p", "1.1", ONE_TWO)).isEmpty();
    }

    @Test
    void aNewerMinorIsRefusedNamingBothVersions() {
        assertThat(ApiVersion.refusal("p", "1.3", ONE_TWO))
                .hasValue(
                        "Plugin 'p' needs plugin API 1.3, but this workbench provides plugin API 1.2; update the workbench.");
    }

    @Test
    void anotherMajorIsRefusedNamingBothVersions() {
        assertThat(ApiVersion.refusal("p", "2.0", ONE_TWO))
                .hasValue("Plugin 'p' needs plugin API 2.0, but this"
                        + " workbench provides plugin API 1.2; ask for a version of the plugin built for 1.x.");
        assertThat(ApiVersion.refusal("p", "0.9", ONE_TWO)).isPresent();
    }

    @Test
    void aPluginThatStatesNoVersionIsRefused() {
        assertThat(ApiVersion.refusal("p", "*", ONE_TWO)).hasValueSatisfying(s -> assertThat(s)
                .contains("does not say which plugin API version it needs")
                .contains("1.2"));
        assertThat(ApiVersion.refusal("p", "", ONE_TWO)).isPresent();
    }

    @Test
    void theCurrentVersionParses() {
        assertThat(PluginApi.version().toString()).isEqualTo(PluginApi.VERSION);
    }

    @Test
    void theVersionIsTheOneThePomPutsInTheJarManifest() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/api-version.properties")) {
            p.load(in);
        }
        assertThat(p.getProperty("plugin-api.version")).isEqualTo(PluginApi.VERSION);
    }

    @Test
    void aPluginBuiltFor1xIsRefusedByThe2xApiWithTheSentence() {
        assertThat(ApiVersion.refusal("old-view", "1.1", PluginApi.version()))
                .hasValue("Plugin 'old-view' needs plugin API 1.1, but this workbench provides plugin API 2.1;"
                        + " ask for a version of the plugin built for 2.x.");
        assertThat(ApiVersion.refusal("new-view", "2.0", PluginApi.version())).isEmpty();
    }
}
