package io.connectmongodb.spec;

import io.connectmongodb.testsupport.SpecsDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Connection Monitoring and Pooling spec tests ({@code connection-monitoring-and-pooling/tests}).
 *
 * <p>Every {@code cmap-format} file runs against the real pool over a stub connection factory. The
 * {@code integration} files need a server whose handshake is slowed or failed by a
 * {@code failCommand} fail point; that fail point is played by the stub factory
 * ({@link CmapSimulatedFailPoint}), so they run too and are counted as such. The {@code logging}
 * files test CMAP log messages, which this driver does not produce yet: they are skipped with that
 * reason.
 */
class CmapSpecTest {
    private static final Path ROOT = SpecsDir.resolve("connection-monitoring-and-pooling/tests");
    private static final AtomicInteger FILES = new AtomicInteger();
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger SIMULATED = new AtomicInteger();
    private static final List<String> SKIPPED = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> cmapFormat() {
        Path dir = ROOT.resolve("cmap-format");
        if (!Files.isDirectory(dir)) {
            String reason = "CMAP spec data not found at " + dir;
            synchronized (SKIPPED) {
                SKIPPED.add(reason);
            }
            Assumptions.abort(reason);
        }
        return SpecsDir.jsonFiles(dir).stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            FILES.incrementAndGet();
            BsonDocument test = BsonDocument.parse(Files.readString(file));
            if (test.getString("style").getValue().equals("integration")) {
                SIMULATED.incrementAndGet();
            }
            new CmapTestRun(test).run();
            PASSED.incrementAndGet();
        }));
    }

    @TestFactory
    Stream<DynamicTest> logging() {
        return SpecsDir.jsonFiles(ROOT.resolve("logging")).stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            FILES.incrementAndGet();
            String reason = file.getFileName() + ": CMAP log messages are not implemented (unified-format logging test)";
            synchronized (SKIPPED) {
                SKIPPED.add(reason);
            }
            Assumptions.abort(reason);
        }));
    }

    @AfterAll
    static void summary() throws IOException {
        System.out.println("cmap: " + FILES.get() + " files, " + PASSED.get() + " passed (" + SIMULATED.get()
                + " integration files with the handshake fail point simulated), " + SKIPPED.size() + " skipped " + SKIPPED);
    }
}
