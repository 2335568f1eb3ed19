package io.connectmongodb.benchmarks.data;

import org.bson.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The driver benchmark spec data ({@code specs/benchmarking/data}): the archives are read in place
 * and unpacked once under the run's work directory (never into the repository).
 */
public final class BenchmarkData {
    private final Path extracted;

    private BenchmarkData(Path extracted) {
        this.extracted = extracted;
    }

    /**
     * Unpacks {@code single_and_multi_document.tgz} and {@code extended_bson.tgz} from
     * {@code specsDir/benchmarking/data} into {@code workDir/benchmark-data} unless already there.
     */
    public static BenchmarkData unpack(Path specsDir, Path workDir) throws IOException {
        Path data = specsDir.resolve("benchmarking").resolve("data");
        if (!Files.isDirectory(data)) {
            throw new IOException("benchmark data not found at " + data.toAbsolutePath()
                    + " (set -Dspecs.dir=<specs root>)");
        }
        Path target = workDir.resolve("benchmark-data");
        for (String archive : new String[] {"single_and_multi_document", "extended_bson"}) {
            if (!Files.isDirectory(target.resolve(archive))) {
                TarGzExtractor.extract(data.resolve(archive + ".tgz"), target);
            }
        }
        Path odm = specsDir.resolve("benchmarking").resolve("odm-data").resolve("flat_models.tgz");
        if (Files.isRegularFile(odm) && !Files.isDirectory(target.resolve("flat-models"))) {
            TarGzExtractor.extract(odm, target);
        }
        return new BenchmarkData(target);
    }

    /** {@code tweet.json}: the document of FindOne, find-many and the concurrency runs. */
    public Document tweet() throws IOException {
        return json("single_and_multi_document", "tweet.json");
    }

    /** {@code small_doc.json} (about 250 bytes). */
    public Document smallDocument() throws IOException {
        return json("single_and_multi_document", "small_doc.json");
    }

    /** {@code large_doc.json} (about 2.7 MB). */
    public Document largeDocument() throws IOException {
        return json("single_and_multi_document", "large_doc.json");
    }

    /** The ODM benchmark's flat model document ({@code odm-data/flat_models.tgz}, {@code small_doc.json}). */
    public Document odmFlatSmall() throws IOException {
        return json("flat-models", "small_doc.json");
    }

    /** {@code flat_bson.json}, {@code deep_bson.json} or {@code full_bson.json} by its prefix. */
    public Document extendedBson(String kind) throws IOException {
        return json("extended_bson", kind + "_bson.json");
    }

    private Document json(String archive, String file) throws IOException {
        return Document.parse(Files.readString(extracted.resolve(archive).resolve(file), StandardCharsets.UTF_8));
    }
}
