package org.partnergraph.plugin.swing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.partnergraph.plugin.PluginApi;

/**
 * Everything a plugin can reach in the two API jars says since when (issue 12): every public type, and every public
 * or protected constructor, method and field of one, carries {@code @since}. Members that only override (their
 * contract is the supertype's) and record components (the record's tag covers them) are exempt.
 */
class SinceTagsTest {

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../plugin-api/src/main/java"));

    @Test
    void everyPublicTypeAndMemberOfBothApisHasASinceTag() throws IOException {
        List<String> missing = missingSinceTags(SOURCES);
        assertThat(missing).as("public API without @since").isEmpty();
    }

    @Test
    void theCheckFindsAMemberWithoutATag() throws IOException {
        Path dir = Files.createTempDirectory("since");
        Files.writeString(
                dir.resolve("Thing.java"),
                "package x;\n/** A thing.\n * @since 2.0\n */\npublic interface Thing {\n"
                        + "    /** Tagged.\n     * @since 2.0\n     */\n    void tagged();\n"
                        + "    /** Not tagged. */\n    void untagged();\n}\n");
        assertThat(missingSinceTags(List.of(dir))).containsExactly("Thing.java: untagged");
    }

    @Test
    void theSwingApiMovesWithTheHeadlessApi() {
        assertThat(SwingApi.VERSION).isEqualTo(PluginApi.VERSION);
        assertThat(SwingApi.version().major()).isEqualTo(2);
    }

    static List<String> missingSinceTags(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")
                                && !p.getFileName().toString().equals("package-info.java"))
                        .forEach(files::add);
            }
        }
        assertThat(files).as("sources under " + roots).isNotEmpty();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> missing = new ArrayList<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            JavacTask task = (JavacTask) javac.getTask(null, fm, null, List.of("-proc:none"), null, units);
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                String file =
                        Path.of(unit.getSourceFile().toUri()).getFileName().toString();
                new TreePathScanner<Void, Boolean>() {
                    @Override
                    public Void visitClass(ClassTree node, Boolean inInterface) {
                        check(
                                node.getModifiers(),
                                inInterface,
                                node.getSimpleName().toString());
                        boolean iface =
                                node.getKind() == Tree.Kind.INTERFACE || node.getKind() == Tree.Kind.ANNOTATION_TYPE;
                        for (Tree member : node.getMembers()) {
                            if (member instanceof VariableTree v
                                    && node.getKind() == Tree.Kind.RECORD
                                    && !v.getModifiers().getFlags().contains(Modifier.STATIC)) {
                                continue;
                            }
                            scan(member, iface);
                        }
                        return null;
                    }

                    @Override
                    public Void visitMethod(MethodTree node, Boolean inInterface) {
                        boolean overrides = node.getModifiers().getAnnotations().stream()
                                .anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
                        if (!overrides) {
                            check(
                                    node.getModifiers(),
                                    inInterface,
                                    node.getName().toString());
                        }
                        return null;
                    }

                    @Override
                    public Void visitVariable(VariableTree node, Boolean inInterface) {
                        check(node.getModifiers(), inInterface, node.getName().toString());
                        return null;
                    }

                    private void check(ModifiersTree modifiers, boolean inInterface, String name) {
                        var flags = modifiers.getFlags();
                        boolean reachable = flags.contains(Modifier.PUBLIC)
                                || flags.contains(Modifier.PROTECTED)
                                || (inInterface && !flags.contains(Modifier.PRIVATE));
                        if (reachable && !hasSince(docs.getDocCommentTree(getCurrentPath()))) {
                            missing.add(file + ": " + name);
                        }
                    }
                }.scan(new TreePath(unit), false);
            }
        }
        return missing;
    }

    private static boolean hasSince(DocCommentTree doc) {
        return doc != null && doc.getBlockTags().stream().anyMatch(t -> t.getKind() == DocTree.Kind.SINCE);
    }
}
