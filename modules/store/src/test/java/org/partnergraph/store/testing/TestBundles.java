package org.partnergraph.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small hand-made bundle of the tests ({@code bundles/small}), copied where a test can change it. */
public final class TestBundles {

    private TestBundles() {}

    private static Path extracted;

    /** The small bundle, for reading only (extracted once per JVM when the tests run from a jar). */
    public static synchronized Path small() {
        if (extracted == null) {
            try {
                Path dir = Files.createTempDirectory("partnergraph-bundles");
                dir.toFile().deleteOnExit();
                extracted = copyOfSmall(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return extracted;
    }

    /** A copy of the small bundle in {@code dir}, for tests that break it on purpose. */
    public static Path copyOfSmall(Path dir) {
        try {
            Path target = dir.resolve("small");
            Files.createDirectories(target);
            for (String name : new String[] {
                "manifest.json",
                "partners.csv",
                "groups.csv",
                "themes.csv",
                "objectives.csv",
                "areas.csv",
                "indicators.csv",
                "measurements.csv",
                "memberships.csv",
                "influences.csv",
                "relationships.csv",
                "indicator_partners.csv",
                "group_themes.csv",
                "initiatives.csv",
                "deliveries.csv"
            }) {
                try (var in = TestBundles.class.getResourceAsStream("/bundles/small/" + name)) {
                    Files.copy(in, target.resolve(name));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
