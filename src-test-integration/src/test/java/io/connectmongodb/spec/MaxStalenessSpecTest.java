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
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every file of the max staleness spec through the read preference selector. */
class MaxStalenessSpecTest {
    private static final TopologySpecTally TALLY = new TopologySpecTally("max-staleness");

    @AfterAll
    static void printSummary() {
        TALLY.print();
    }

    @TestFactory
    Stream<DynamicNode> specFiles() {
        Path root = SpecsDir.resolve("max-staleness/tests");
        if (!Files.isDirectory(root)) {
            System.out.println("max-staleness: skipped, no spec directory at " + root);
            Assumptions.abort("no spec directory at " + root);
        }
        List<DynamicNode> tests = new ArrayList<>();
        for (Path file : SpecsDir.jsonFiles(root)) {
            tests.add(DynamicTest.dynamicTest(root.relativize(file).toString(), file.toUri(), () -> runFile(file)));
        }
        return tests.stream();
    }

    private static void runFile(Path file) throws IOException {
        TALLY.file();
        BsonDocument spec = BsonDocument.parse(Files.readString(file));
        try {
            SelectionSpecCase.run(spec);
            TALLY.passed();
        } catch (AssertionError | RuntimeException e) {
            TALLY.failed();
            throw e;
        }
    }
}
