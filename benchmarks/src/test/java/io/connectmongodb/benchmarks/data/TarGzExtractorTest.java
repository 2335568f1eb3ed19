package io.connectmongodb.benchmarks.data;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TarGzExtractorTest {

    @Test
    void unpacksTheSpecExtendedBsonArchive(@TempDir Path target) throws Exception {
        Path archive = Path.of(System.getProperty("specs.dir", "../../shared/specs"), "benchmarking", "data", "extended_bson.tgz");
        if (!Files.isRegularFile(archive)) {
            System.out.println("TarGzExtractorTest skipped: " + archive.toAbsolutePath() + " not found");
            Assumptions.abort("spec benchmark data not found at " + archive.toAbsolutePath());
        }
        List<Path> files = TarGzExtractor.extract(archive, target);
        assertEquals(3, files.stream().filter(p -> p.getFileName().toString().endsWith("_bson.json")).count(), files.toString());
        for (Path file : files) {
            assertTrue(file.startsWith(target.toAbsolutePath().normalize()));
        }
        BenchmarkData data = BenchmarkData.unpack(archive.getParent().getParent().getParent(), target);
        assertTrue(data.extendedBson("flat").size() > 10);
    }
}
