package org.partnergraph.guide;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The repository's files the guide speaks of, and the values in their poms. */
final class ExampleFiles {

    private ExampleFiles() {}

    /** The repository's root, found upwards from the working directory. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("plugins/example-view"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no plugins/example-view above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path example() {
        return root().resolve("plugins/example-view");
    }

    static String exampleVersion() {
        return text(pom(example().resolve("pom.xml")), "version");
    }

    static Element pom(Path file) {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(file.toFile())
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** The text of the direct child {@code name} of {@code parent}, or null. */
    static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The property {@code name} of a pom's {@code <properties>}. */
    static String property(Element pom, String name) {
        Element properties = child(pom, "properties");
        return properties == null ? null : text(properties, name);
    }
}
