package org.partnergraph.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * docs/plugin-guide.md cannot drift from the example (issue 12): each code block says which file it comes from
 * ({@code <!-- from plugins/example-view/... -->} on the line before) and is an excerpt of it, parts left out marked
 * with a {@code ...} line; and the example's pom asks for the versions this build makes.
 */
class PluginGuideTest {

    private static final Pattern FROM = Pattern.compile("^<!-- from (\\S+) -->$");
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)$");

    record Block(int line, String from, String language, List<String> lines) {}

    @Test
    void everyCodeBlockOfTheGuideIsAnExcerptOfTheFileItNames() throws IOException {
        Path root = ExampleFiles.root();
        List<Block> blocks = blocks(Files.readAllLines(root.resolve("docs/plugin-guide.md"), StandardCharsets.UTF_8));
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
        List<String> problems = new ArrayList<>();
        for (Block b : blocks) {
            if (b.from() == null) {
                if (!b.language().isEmpty() && !b.language().equals("sh")) {
                    problems.add("docs/plugin-guide.md:" + b.line() + ": a " + b.language()
                            + " block without <!-- from FILE --> before it");
                }
                continue;
            }
            Path file = root.resolve(b.from());
            if (!Files.isRegularFile(file)) {
                problems.add("docs/plugin-guide.md:" + b.line() + ": no file " + b.from());
                continue;
            }
            String missing = firstMissing(b.lines(), Files.readAllLines(file, StandardCharsets.UTF_8));
            if (missing != null) {
                problems.add("docs/plugin-guide.md:" + b.line() + ": not in " + b.from() + ": " + missing);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anExcerptThatChangedIsFound() {
        List<String> file = List.of("a", "  b", "c", "d");
        assertThat(firstMissing(List.of("a", "b", "...", "d"), file)).isNull();
        assertThat(firstMissing(List.of("b", "a"), file)).isEqualTo("b / a");
        assertThat(firstMissing(List.of("a", "...", "x"), file)).isEqualTo("x");
        assertThat(firstMissing(List.of("d", "...", "a"), file)).isEqualTo("a");
    }

    @Test
    void theExampleBuildsAgainstThisBuildsVersions() {
        Path root = ExampleFiles.root();
        Element parent = ExampleFiles.pom(root.resolve("pom.xml"));
        Element example = ExampleFiles.pom(root.resolve("plugins/example-view/pom.xml"));
        Element bom = ExampleFiles.pom(root.resolve("modules/bom/pom.xml"));
        String version = ExampleFiles.text(parent, "version");

        assertThat(ExampleFiles.text(bom, "version")).isEqualTo(version);
        assertThat(ExampleFiles.property(example, "partnergraph.version")).isEqualTo(version);
        assertThat(ExampleFiles.text(example, "version")).isEqualTo(version);
        assertThat(ExampleFiles.property(example, "partnergraph.plugin-api.version"))
                .isEqualTo(ExampleFiles.property(parent, "partnergraph.plugin-api.version"));
        assertThat(ExampleFiles.child(example, "parent"))
                .as("the example builds alone")
                .isNull();
        assertThat(testVersion(example, "junit-jupiter")).isEqualTo(ExampleFiles.property(parent, "junit.version"));
        assertThat(testVersion(example, "assertj-core")).isEqualTo(ExampleFiles.property(parent, "assertj.version"));
    }

    private static String testVersion(Element pom, String artifactId) {
        NodeList list = ExampleFiles.child(pom, "dependencies").getElementsByTagName("dependency");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            if (artifactId.equals(ExampleFiles.text(d, "artifactId"))) {
                return ExampleFiles.text(d, "version");
            }
        }
        return null;
    }

    static List<Block> blocks(List<String> guide) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < guide.size(); i++) {
            Matcher fence = FENCE.matcher(guide.get(i));
            if (!fence.matches()) {
                continue;
            }
            String from = null;
            for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                Matcher m = FROM.matcher(guide.get(j).strip());
                if (m.matches()) {
                    from = m.group(1);
                    break;
                }
            }
            int end = i + 1;
            while (end < guide.size() && !guide.get(end).equals("```")) {
                end++;
            }
            blocks.add(new Block(i + 1, from, fence.group(1), guide.subList(i + 1, end)));
            i = end;
        }
        return blocks;
    }

    /**
     * Null when {@code excerpt} is in {@code file}: its runs of lines between {@code ...} lines each appear as
     * consecutive lines, in order (leading and trailing blanks ignored); otherwise the run that is not there.
     */
    static String firstMissing(List<String> excerpt, List<String> file) {
        List<String> text = file.stream().map(String::strip).toList();
        int from = 0;
        List<String> run = new ArrayList<>();
        List<List<String>> runs = new ArrayList<>();
        for (String line : excerpt) {
            if (line.strip().equals("...")) {
                runs.add(run);
                run = new ArrayList<>();
            } else {
                run.add(line.strip());
            }
        }
        runs.add(run);
        for (List<String> r : runs) {
            if (r.isEmpty()) {
                continue;
            }
            int at = indexOf(text, r, from);
            if (at < 0) {
                return String.join(" / ", r);
            }
            from = at + r.size();
        }
        return null;
    }

    private static int indexOf(List<String> text, List<String> run, int from) {
        for (int i = from; i + run.size() <= text.size(); i++) {
            if (text.subList(i, i + run.size()).equals(run)) {
                return i;
            }
        }
        return -1;
    }
}
