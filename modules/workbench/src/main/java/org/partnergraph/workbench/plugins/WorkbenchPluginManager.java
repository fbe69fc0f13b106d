package org.partnergraph.workbench.plugins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnergraph.plugin.ApiVersion;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultPluginStatusProvider;
import org.pf4j.DevelopmentPluginLoader;
import org.pf4j.DevelopmentPluginRepository;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginRepository;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * PF4J wired for the workbench: jars from every plugins folder; in development also plugin folders
 * holding {@code plugin.properties} (or a Maven build's {@code target/classes/plugin.properties}, a
 * descriptor filled in from the pom) and {@code target/classes}; enable/disable remembered in the
 * user plugins folder; and, instead of PF4J's semver check, the plugin API check, which refuses
 * with a sentence naming both versions ({@link ApiVersion#refusal}).
 */
public final class WorkbenchPluginManager extends DefaultPluginManager {

    /** PF4J calls the create hooks from its constructor, before this class's fields are set. */
    private record Wiring(Path statusFolder, boolean development) {}

    private static final ThreadLocal<Wiring> WIRING = new ThreadLocal<>();

    /** Where a Maven build puts a descriptor it filtered from {@code src/main/resources}. */
    static final String BUILT_DESCRIPTOR = "target/classes/plugin.properties";

    private final ApiVersion provided;
    private final Map<String, String> refusals = new ConcurrentHashMap<>();

    public WorkbenchPluginManager(List<Path> roots, Path statusFolder, ApiVersion provided, boolean development) {
        super(wire(roots, new Wiring(statusFolder, development)));
        WIRING.remove();
        this.provided = provided;
    }

    private static List<Path> wire(List<Path> roots, Wiring wiring) {
        WIRING.set(wiring);
        return roots;
    }

    private static boolean development() {
        return WIRING.get().development();
    }

    /** Plugins refused for their API version, by id, with the sentence. */
    public Map<String, String> refusals() {
        return refusals;
    }

    @Override
    protected PluginRepository createPluginRepository() {
        CompoundPluginRepository repository =
                new CompoundPluginRepository().add(new JarPluginRepository(getPluginsRoots()));
        return development() ? repository.add(new DevelopmentPluginRepository(getPluginsRoots())) : repository;
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        CompoundPluginDescriptorFinder finder = new CompoundPluginDescriptorFinder()
                .add(new PropertiesPluginDescriptorFinder())
                .add(new ManifestPluginDescriptorFinder());
        return development() ? finder.add(new PropertiesPluginDescriptorFinder(BUILT_DESCRIPTOR)) : finder;
    }

    @Override
    protected PluginLoader createPluginLoader() {
        CompoundPluginLoader loader = new CompoundPluginLoader().add(new JarPluginLoader(this));
        return development() ? loader.add(new DevelopmentPluginLoader(this)) : loader;
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        Path statusFolder = WIRING.get().statusFolder();
        try {
            Files.createDirectories(statusFolder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new DefaultPluginStatusProvider(statusFolder);
    }

    @Override
    protected boolean isPluginValid(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        var refusal = ApiVersion.refusal(id, plugin.getDescriptor().getRequires(), provided);
        refusal.ifPresentOrElse(sentence -> refusals.put(id, sentence), () -> refusals.remove(id));
        return refusal.isEmpty();
    }
}
