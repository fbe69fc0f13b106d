package org.partnergraph.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Sizes of the main sources (issue 12): no file over {@value #MAX_FILE_LINES} lines and no method
 * over {@value #MAX_METHOD_LINES}. Files and methods are measured by javac's own parse of every
 * {@code src/main/java} file in the reactor, so a comment or a string with braces cannot confuse it.
 *
 * <p>{@code docs/sizes-over.txt} lists the places still over the limits while they are being cut:
 * the test fails on a place over a limit that the list does not name (nothing new may grow past
 * them) and on a listed place that is back under (so the list only shrinks).
 */
class SourceSizesTest {

    static final int MAX_FILE_LINES = 400;
    static final int MAX_METHOD_LINES = 60;

    @Test
    void noMainFileOrMethodGrowsPastTheLimits() throws IOException {
        Path root = ModuleArrowsTest.reactorRoot();
        Set<String> over = oversized(root);
        Set<String> listed = listed(root.resolve("docs/sizes-over.txt"));

        assertThat(over)
                .as(
                        "over %d lines a file or %d a method, and not in docs/sizes-over.txt",
                        MAX_FILE_LINES, MAX_METHOD_LINES)
                .isSubsetOf(listed);
        assertThat(listed)
                .as("listed in docs/sizes-over.txt but now within the limits: take them off the list")
                .isSubsetOf(over);
    }

    /** "path" for a file over the limit, "path#method" for a method over it. */
    static Set<String> oversized(Path tree) throws IOException {
        Path root = tree.toAbsolutePath().normalize();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Set<String> over = new TreeSet<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            JavacTask task = (JavacTask) javac.getTask(null, files, d -> {}, List.of("-proc:none"), null, units);
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                String path =
                        root.relativize(Path.of(unit.getSourceFile().toUri())).toString();
                LineMap lines = unit.getLineMap();
                long fileLines = lines.getLineNumber(positions.getEndPosition(unit, unit));
                if (fileLines > MAX_FILE_LINES) {
                    over.add(path);
                }
                new TreePathScanner<Void, Void>() {
                    private String type = "";

                    @Override
                    public Void visitClass(ClassTree node, Void unused) {
                        String outer = type;
                        type = outer.isEmpty() ? node.getSimpleName().toString() : outer + "." + node.getSimpleName();
                        super.visitClass(node, null);
                        type = outer;
                        return null;
                    }

                    @Override
                    public Void visitMethod(MethodTree node, Void unused) {
                        if (length(node) > MAX_METHOD_LINES) {
                            over.add(path + "#" + type + "." + node.getName());
                        }
                        return super.visitMethod(node, null);
                    }

                    private long length(Tree node) {
                        return lines.getLineNumber(positions.getEndPosition(unit, node))
                                - lines.getLineNumber(positions.getStartPosition(unit, node))
                                + 1;
                    }
                }.scan(unit, null);
            }
        }
        return over;
    }

    private static Set<String> listed(Path list) throws IOException {
        if (!Files.exists(list)) {
            return Set.of();
        }
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
