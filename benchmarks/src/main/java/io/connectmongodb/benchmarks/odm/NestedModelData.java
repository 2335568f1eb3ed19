package io.connectmongodb.benchmarks.odm;

import io.connectmongodb.benchmarks.data.TarGzExtractor;
import org.bson.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ODM benchmark's nested model document: {@code odm-data/nested_models.tgz} is read in place
 * and unpacked once under the run's work directory (never into the repository).
 */
public final class NestedModelData {
    private NestedModelData() {
    }

    /** {@code large_doc_nested.json}, or null (with the reason printed) when the archive is missing. */
    public static Document largeNested(Path specsDir, Path workDir) throws IOException {
        Path archive = specsDir.resolve("benchmarking").resolve("odm-data").resolve("nested_models.tgz");
        if (!Files.isRegularFile(archive)) {
            System.out.println("ODM nested rows not run: " + archive.toAbsolutePath() + " not found");
            return null;
        }
        Path target = workDir.resolve("benchmark-data");
        Path file = target.resolve("nested-models").resolve("large_doc_nested.json");
        if (!Files.isRegularFile(file)) {
            TarGzExtractor.extract(archive, target);
        }
        return Document.parse(Files.readString(file, StandardCharsets.UTF_8));
    }
}
