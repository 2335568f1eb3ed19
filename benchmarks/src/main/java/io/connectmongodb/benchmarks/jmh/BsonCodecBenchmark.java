package io.connectmongodb.benchmarks.jmh;

import io.connectmongodb.benchmarks.codec.DocumentCodecPaths;
import io.connectmongodb.benchmarks.data.BenchmarkData;
import org.bson.Document;
import org.bson.io.BasicOutputBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * JMH micro-benchmark of the BSON paths of {@link DocumentCodecPaths} on the spec's flat/deep/full
 * documents. Run with {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main
 * BsonCodecBenchmark -prof gc} (add {@code -Dspecs.dir=...} if the specs are not beside the
 * repository). The interleaved runner measures the same paths as its "BSON" rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BsonCodecBenchmark {
    @Param({"flat", "deep", "full"})
    public String kind;

    private Document document;
    private byte[] encoded;
    private final BasicOutputBuffer buffer = new BasicOutputBuffer();

    @Setup
    public void load() throws IOException {
        Path specs = Path.of(System.getProperty("specs.dir", "../shared/specs"));
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "connect-mongodb-jmh"));
        document = BenchmarkData.unpack(specs, work).extendedBson(kind);
        encoded = DocumentCodecPaths.officialEncode(document);
    }

    @Benchmark
    public int oursEncode() {
        return DocumentCodecPaths.oursEncode(document);
    }

    @Benchmark
    public int officialEncode() {
        return DocumentCodecPaths.officialEncode(document, buffer);
    }

    @Benchmark
    public Document oursDecode() {
        return DocumentCodecPaths.oursDecode(encoded);
    }

    @Benchmark
    public Document officialDecode() {
        return DocumentCodecPaths.officialDecode(encoded);
    }
}
