package org.partnergraph.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.partnergraph.launcher.bench.BenchCommand;
import org.partnergraph.launcher.bench.GenerateCommand;
import org.partnergraph.launcher.bench.HistoryBenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: with no subcommand, the workbench; the subcommands script the same code. */
@Command(
        name = "partnergraph",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Partnergraph.Version.class,
        sortOptions = false,
        description = "Model a partnership's partners, groups, themes, objectives and indicators as one graph.",
        footer = {
            "",
            "With no command, opens the workbench window on the embedded database.",
            "Exit codes: 0 ok, 1 bad input, 2 usage, 3 database unavailable. See docs/cli.md."
        },
        subcommands = {
            LoadCommand.class,
            ValidateCommand.class,
            ExportCommand.class,
            TemplateCommand.class,
            StatsCommand.class,
            ScoresCommand.class,
            OverlapsCommand.class,
            MoversCommand.class,
            TrajectoriesCommand.class,
            TrajectoryCommand.class,
            WhatIfCommand.class,
            KeyPlayersCommand.class,
            CoverageCommand.class,
            ClustersCommand.class,
            SalienceCommand.class,
            ViewCommand.class,
            HistoryCommand.class,
            WaveCommand.class,
            RateCommand.class,
            ImportCommand.class,
            GenerateCommand.class,
            BenchCommand.class,
            HistoryBenchCommand.class,
            ClearCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Partnergraph implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return WorkbenchStarter.start(database, Distribution.graphsDir(), Distribution.pluginsDir(), out());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The version from the jar manifest, or "development". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Partnergraph.class.getPackage().getImplementationVersion();
            return new String[] {"Partnergraph " + (v == null ? "(development build)" : v)};
        }
    }

    /** Where the application's own folders are: beside the jar, or the repository in development. */
    static final class Distribution {
        private Distribution() {}

        static Path home() {
            try {
                Path jar = Path.of(Partnergraph.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
                Path dir = jar.getParent();
                if (java.nio.file.Files.isDirectory(dir.resolve("graphs"))) {
                    return dir;
                }
            } catch (Exception e) {
                // fall through to the working directory
            }
            return Path.of("").toAbsolutePath();
        }

        static Path graphsDir() {
            return home().resolve("graphs");
        }

        static Path pluginsDir() {
            return home().resolve("plugins");
        }
    }
}
