package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option values out of range are usage errors (exit 2, one sentence), found before any database opens. */
class OptionValuesTest {

    @TempDir
    Path tmp;

    private Cli run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = tmp.resolve("data").toString();
        return Cli.run(all);
    }

    @Test
    void anOverlapThresholdAboveOneExitsTwoWithTheRange() {
        Cli overlaps = run("overlaps", "--threshold", "2");

        assertThat(overlaps.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(overlaps.err()).startsWith("--threshold for jaccard must be between 0 and 1, not 2.\n");
        assertThat(overlaps.err()).endsWith("\nSee 'partnergraph overlaps --help'.\n");
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void aSharedCountThresholdMayBeAboveOneButNotNegative() {
        Cli negative = run("overlaps", "--measure", "shared", "--threshold", "-1");
        assertThat(negative.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(negative.err())
                .startsWith("--threshold for shared must be 0 or more (a number of shared members), not -1.\n");
    }

    @Test
    void aScoreThresholdOffTheOneToFiveScaleExitsTwo() {
        Cli scores = run("scores", "--threshold", "7.5");
        assertThat(scores.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(scores.err())
                .startsWith("--threshold must be between 1 and 5 (the scale of influence and quality), not 7.5.\n");
    }

    @Test
    void aNumberThatIsNotANumberExitsTwo() {
        Cli scores = run("overlaps", "--threshold", "half");
        assertThat(scores.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(scores.err())
                .isEqualTo("Invalid value for option '--threshold': 'half' is not a double\n"
                        + "See 'partnergraph overlaps --help'.\n");
    }

    @Test
    void aViewSizeOrTimeoutOutOfRangeExitsTwo() {
        Cli size = run("view", "influence.map", "--out", tmp.resolve("m.png").toString(), "--size", "5x5");
        assertThat(size.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(size.err()).startsWith("--size '5x5' is not WIDTHxHEIGHT in pixels between 100 and 10000");

        Cli timeout = run("view", "influence.map", "--out", tmp.resolve("m.png").toString(), "--timeout", "0");
        assertThat(timeout.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(timeout.err()).startsWith("--timeout must be 1 second or more, not 0.\n");
    }

    @Test
    void servePortOutOfRangeOrWithAServerExitsTwo() {
        Cli port = run("serve", "--port", "70000");
        assertThat(port.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(port.err()).startsWith("--port must be between 1 and 65535, not 70000.\n");

        Cli server = Cli.run("serve", "--neo4j-uri", "bolt://127.0.0.1:1");
        assertThat(server.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(server.err())
                .startsWith("serve opens the embedded database of --data-dir; it takes no --neo4j-uri.\n");
    }
}
