package io.connectmongodb.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the MongoDB specification test data. The directory comes from the system property
 * {@code specs.dir}; without it, {@code ../shared/specs} beside the repository root. The data is
 * read in place and never copied into the repository (its license forbids that).
 */
public final class SpecsDir {
    private SpecsDir() {
    }

    /** The root of the spec suites (it may not exist: callers skip with a reason then). */
    public static Path root() {
        String property = System.getProperty("specs.dir");
        if (property != null && !property.isBlank()) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("driver")) && Files.isDirectory(dir.resolve("src-test-integration")))) {
            dir = dir.getParent();
        }
        Path repoRoot = dir != null ? dir : Paths.get("").toAbsolutePath();
        return repoRoot.resolve("../shared/specs").normalize();
    }

    /** {@code root()/relative}, for example {@code connection-string/tests}. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** Every {@code .json} file under {@code dir}, recursively, sorted by path. */
    public static List<Path> jsonFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>();
            walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            return files;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
