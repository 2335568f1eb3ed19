package io.connectmongodb.spec;

import io.connectmongodb.testsupport.SpecsDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every file of the SDAM spec's {@code single}, {@code rs}, {@code sharded},
 * {@code load-balanced}, {@code monitoring} and {@code errors} folders against the real state
 * machine and {@link io.connectmongodb.driver.internal.topology.Topology} (monitors replaced by
 * the files' responses). The {@code unified} folder needs a live deployment and is skipped.
 */
class SdamSpecTest {
    private static final List<String> FOLDERS = List.of("single", "rs", "sharded", "load-balanced", "monitoring", "errors");
    private static final String UNIFIED_REASON = "unified format needs a live server and the unified test runner";
    private static final TopologySpecTally TALLY = new TopologySpecTally("server-discovery-and-monitoring");

    @AfterAll
    static void printSummary() {
        TALLY.print();
    }

    @TestFactory
    Stream<DynamicNode> specFiles() {
        Path root = SpecsDir.resolve("server-discovery-and-monitoring/tests");
        if (!Files.isDirectory(root)) {
            System.out.println("server-discovery-and-monitoring: skipped, no spec directory at " + root);
            Assumptions.abort("no spec directory at " + root);
        }
        List<DynamicNode> folders = new ArrayList<>();
        for (String folder : FOLDERS) {
            List<DynamicNode> tests = new ArrayList<>();
            for (Path file : SpecsDir.jsonFiles(root.resolve(folder))) {
                tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> runFile(file)));
            }
            folders.add(DynamicContainer.dynamicContainer(folder, tests));
        }
        List<DynamicNode> unified = new ArrayList<>();
        for (Path file : SpecsDir.jsonFiles(root.resolve("unified"))) {
            unified.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                TALLY.file();
                TALLY.skipped(UNIFIED_REASON);
                Assumptions.abort(UNIFIED_REASON);
            }));
        }
        folders.add(DynamicContainer.dynamicContainer("unified", unified));
        return folders.stream();
    }

    private static void runFile(Path file) throws IOException {
        TALLY.file();
        BsonDocument spec = BsonDocument.parse(Files.readString(file));
        try {
            new SdamFileRun(spec, file.getParent().getFileName().toString().equals("monitoring")).run();
            TALLY.passed();
        } catch (AssertionError | RuntimeException e) {
            TALLY.failed();
            throw e;
        }
    }
}
