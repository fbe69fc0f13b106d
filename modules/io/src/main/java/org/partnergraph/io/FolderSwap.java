package org.partnergraph.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Puts a folder written beside its target into place in one rename, so a reader sees the old
 * bundle or the new one, never half of one. Files the bundle format does not own (a README, notes)
 * are carried over from the folder being replaced.
 */
final class FolderSwap {

    private FolderSwap() {}

    /** A new empty hidden folder beside {@code target}: {@code .<name>.partial-<random>}. */
    static Path temporarySibling(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
    }

    /**
     * Renames {@code written} to {@code target}. An existing target is first renamed aside to
     * {@code .<name>.old-<random>} and deleted once the new folder is in place; killed between the
     * two renames, the old bundle is whole in that folder.
     */
    static void replace(Path written, Path target) throws IOException {
        if (Files.notExists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(written, target);
            sync(target.toAbsolutePath().getParent());
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " exists and is not a folder");
        }
        if (!isBundleOrEmpty(target)) {
            throw new IOException(target + " exists and is not a dataset folder (no manifest.json and no dataset"
                    + " files); choose another folder");
        }
        carryOver(target, written);
        Path aside =
                Files.createTempDirectory(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".old-");
        Files.delete(aside);
        move(target, aside);
        move(written, target);
        sync(target.toAbsolutePath().getParent());
        deleteTree(aside);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isBundleOrEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString())
                            .allMatch(name -> name.equals(BundleReader.MANIFEST) || FileType.of(name) != null)
                    || Files.exists(dir.resolve(BundleReader.MANIFEST), LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Copies what is not the bundle's own (README.md, notes, folders) from the old folder into the new one. */
    private static void carryOver(Path old, Path written) throws IOException {
        try (Stream<Path> list = Files.list(old)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                String name = p.getFileName().toString();
                if (name.equals(BundleReader.MANIFEST) || name.endsWith(".csv")) {
                    continue;
                }
                copyTree(p, written.resolve(name));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // Regular files and links only: copying a pipe would wait for a writer forever.
                if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                    Files.copy(
                            file,
                            to.resolve(from.relativize(file).toString()),
                            LinkOption.NOFOLLOW_LINKS,
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Flushes a folder's entries to disk where the platform allows it (Linux does; Windows cannot open folders). */
    static void sync(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the rename itself is what makes the export all or nothing.
        }
    }
}
