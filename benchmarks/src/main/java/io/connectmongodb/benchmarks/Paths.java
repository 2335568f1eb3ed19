package io.connectmongodb.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the run reads and writes. The work directory is {@code benchmarks/target} (found from where
 * the jar or classes are; {@code -Dbench.dir} overrides). The spec data root is {@code -Dspecs.dir},
 * else {@code ../shared/specs} beside the repository root.
 */
public final class Paths {
    private Paths() {
    }

    public static Path workDir() throws URISyntaxException {
        String override = System.getProperty("bench.dir");
        if (override != null) {
            return Path.of(override).toAbsolutePath();
        }
        Path location = Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // benchmarks/target/benchmarks.jar or benchmarks/target/classes: both have target as parent
        return location.getParent().toAbsolutePath();
    }

    public static Path specsDir() throws URISyntaxException {
        String override = System.getProperty("specs.dir");
        if (override != null) {
            return Path.of(override);
        }
        Path repositoryRoot = workDir().getParent().getParent();
        Path beside = repositoryRoot.resolveSibling("shared").resolve("specs");
        return Files.isDirectory(beside) ? beside : Path.of("../shared/specs");
    }
}
