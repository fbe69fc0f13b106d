package org.partnergraph.launcher.bench;

import picocli.CommandLine.Option;

/** The size and seed of a synthetic graph, shared by {@code generate} and {@code bench}. */
public final class SizeOptions {

    @Option(
            names = "--partners",
            paramLabel = "N",
            defaultValue = "200000",
            description = "Partners (default: ${DEFAULT-VALUE}).")
    int partners;

    @Option(
            names = "--groups",
            paramLabel = "N",
            defaultValue = "10000",
            description = "Groups (default: ${DEFAULT-VALUE}).")
    int groups;

    @Option(
            names = "--memberships",
            paramLabel = "N",
            defaultValue = "2000000",
            description = "Memberships (default: ${DEFAULT-VALUE}).")
    long memberships;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "2026",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--partnership",
            paramLabel = "ID",
            defaultValue = "synthetic",
            description = "Partnership id of the generated dataset (default: ${DEFAULT-VALUE}).")
    String partnership;

    public SyntheticGraph.Size size() {
        return new SyntheticGraph.Size(partners, groups, memberships);
    }
}
