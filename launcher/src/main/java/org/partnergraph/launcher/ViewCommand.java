package org.partnergraph.launcher;

import java.awt.Dimension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.partnergraph.model.PartnershipGraph;
import org.partnergraph.plugin.swing.ViewExport;
import org.partnergraph.workbench.headless.ViewRenderer;
import org.partnergraph.workbench.plugins.PluginRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A view of a plugin, rendered without a window and exported: the same PNG, SVG, CSV or GraphML as
 * the workbench's File &gt; Export view, for scripts and board papers.
 */
@Command(
        name = "view",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Render a view without a window and write one of its exports (chosen by the file's extension).",
            "  partnergraph view influence.map --out map.svg --partnership hertfordshire",
            "  partnergraph view trajectories.chart --select \"NI 193\" --out ni193.png",
            "  partnergraph view --list"
        })
final class ViewCommand implements Callable<Integer> {

    @ParentCommand
    Partnergraph root;

    @Parameters(paramLabel = "VIEW", arity = "0..1", description = "The view's id (see --list).")
    String viewId;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write; the extension picks the export (png, svg, csv, graphml...).")
    Path out;

    @Option(
            names = "--select",
            paramLabel = "ID",
            description = "Select this node first (full id, local id, or indicator code); repeatable.")
    List<String> select = new ArrayList<>();

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "A view setting, as the view stores it (see docs/views/); repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(
            names = "--size",
            paramLabel = "WxH",
            defaultValue = "1200x800",
            description = "The size to lay the view out at (default ${DEFAULT-VALUE}).")
    String size;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "How long the view may compute (default ${DEFAULT-VALUE} s).")
    int timeoutSeconds;

    @Option(
            names = "--plugins",
            paramLabel = "DIR",
            description = "The plugins folder (default: plugins/ beside the application).")
    Path pluginsDir;

    @Option(names = "--list", description = "List the views the plugins contribute, and stop.")
    boolean list;

    @Mixin
    GraphOptions filter;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (timeoutSeconds < 1) {
            throw new ParameterException(
                    spec.commandLine(), "--timeout must be 1 second or more, not " + timeoutSeconds + ".");
        }
        Dimension dimension;
        try {
            dimension = parseSize(size);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Path plugins = pluginsDir != null ? pluginsDir : Partnergraph.Distribution.pluginsDir();
        Path userPlugins = Path.of(System.getProperty("user.home"), ".partnergraph", "plugins");
        try (ViewRenderer renderer = new ViewRenderer(List.of(plugins, userPlugins), userPlugins)) {
            for (PluginRecord p : renderer.problems()) {
                root.err().println(p.error());
            }
            if (list) {
                Output table = new Output("id", "title", "menu", "plugin");
                renderer.views().stream()
                        .sorted(java.util.Comparator.comparing(v -> v.info().id()))
                        .forEach(v -> table.row(
                                v.info().id(), v.info().title(), v.info().menuPath(), v.pluginId()));
                format.print(table, root.out());
                return ExitCodes.OK;
            }
            if (viewId == null || out == null) {
                root.err().println("Name a view and --out FILE (or --list to see the views).");
                return ExitCodes.USAGE;
            }
            String extension = extensionOf(out);
            ViewRenderer.Rendered rendered;
            try (Database db = root.database.open()) {
                PartnershipGraph graph = filter.read(db.store());
                List<String> ids =
                        select.stream().map(key -> resolveAny(graph, key)).toList();
                rendered = renderer.render(new ViewRenderer.Request(
                        viewId, graph, ids, settings, dimension, Duration.ofSeconds(timeoutSeconds)));
            }
            rendered.errors().forEach(root.err()::println);
            ViewExport export = rendered.export(extension).orElse(null);
            if (export == null) {
                root.err()
                        .println(rendered.title() + " (" + rendered.viewId() + ") exports "
                                + (rendered.extensions().isEmpty()
                                        ? "nothing"
                                        : String.join(", ", rendered.extensions()))
                                + "; not ." + extension + ".");
                return ExitCodes.BAD_INPUT;
            }
            ViewRenderer.write(export, out);
            format.notes(root.out(), root.err())
                    .println("Wrote " + export.name() + " of " + rendered.title() + " to " + out + ".");
            return rendered.errors().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    private static String resolveAny(PartnershipGraph graph, String key) {
        return GraphOptions.resolve(graph, key, graph.nodes().toList()).id();
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            throw new IllegalArgumentException(
                    "--out " + file + " has no extension to choose the export by (png, svg, csv...).");
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static Dimension parseSize(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                if (w >= 100 && h >= 100 && w <= 10_000 && h <= 10_000) {
                    return new Dimension(w, h);
                }
            }
        } catch (NumberFormatException e) {
            // the sentence below
        }
        throw new IllegalArgumentException(
                "--size '" + text + "' is not WIDTHxHEIGHT in pixels between 100 and 10000, like 1200x800.");
    }
}
