package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module arrows of docs/architecture.md against the poms (issue 12): every compile- or
 * provided-scope dependency of one reactor module on another must be listed in the page's
 * {@code arrows} block, and every arrow listed there must exist. A new arrow therefore fails the
 * build until the page says why it is there; test-scope dependencies are not arrows.
 */
class ModuleArrowsTest {

    private static final Pattern ARROW = Pattern.compile("^\\s*([a-z0-9:-]+)\\s*->\\s*([a-z0-9:-]+)\\s*$");

    @Test
    void theArchitecturePageListsExactlyTheArrowsThePomsDraw() throws Exception {
        Path root = reactorRoot();
        Set<String> inPoms = arrowsInPoms(root);
        Set<String> inDocs = arrowsInDocs(root.resolve("docs/architecture.md"));

        assertThat(inPoms)
                .as("arrows in the poms that docs/architecture.md does not list (add them to its arrows block)")
                .isSubsetOf(inDocs);
        assertThat(inDocs)
                .as("arrows docs/architecture.md lists that no pom draws (remove them)")
                .isSubsetOf(inPoms);
    }

    static Path reactorRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("modules")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no reactor root above " + Path.of("").toAbsolutePath());
    }

    /** "from -> to" for every non-test dependency between reactor modules, by short module name. */
    static Set<String> arrowsInPoms(Path root) throws IOException {
        Set<String> arrows = new TreeSet<>();
        for (Path pom : modulePoms(root)) {
            Element project = parse(pom);
            String from = shortName(child(project, "artifactId"));
            Element dependencies = childElement(project, "dependencies");
            if (dependencies == null) {
                continue;
            }
            NodeList list = dependencies.getElementsByTagName("dependency");
            for (int i = 0; i < list.getLength(); i++) {
                Element dependency = (Element) list.item(i);
                String scope = child(dependency, "scope");
                String artifact = child(dependency, "artifactId");
                if ("org.partnergraph".equals(child(dependency, "groupId")) && !"test".equals(scope)) {
                    arrows.add(from + " -> " + shortName(artifact));
                }
            }
        }
        return arrows;
    }

    private static List<Path> modulePoms(Path root) throws IOException {
        Element parent = parse(root.resolve("pom.xml"));
        NodeList modules = childElement(parent, "modules").getElementsByTagName("module");
        List<Path> poms = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            poms.add(root.resolve(modules.item(i).getTextContent().trim()).resolve("pom.xml"));
        }
        return poms;
    }

    private static Set<String> arrowsInDocs(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        int start = lines.indexOf("```arrows");
        assertThat(start).as("docs/architecture.md has an ```arrows block").isNotNegative();
        Set<String> arrows = new TreeSet<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("```")) {
                break;
            }
            Matcher m = ARROW.matcher(line);
            if (m.matches()) {
                arrows.add(m.group(1) + " -> " + m.group(2));
            }
        }
        return arrows;
    }

    private static String shortName(String artifactId) {
        return artifactId
                .replaceFirst("^partnergraph-", "")
                .replaceFirst("^plugin-(?!api$|swing-api$|support$|guide$)", "plugin:");
    }

    private static Element parse(Path pom) throws IOException {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(pom.toFile())
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IOException(pom + ": " + e.getMessage(), e);
        }
    }

    private static Element childElement(Element parent, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String child(Element parent, String name) {
        Element e = childElement(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }
}
