package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.testsupport.SpecsDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The session-related fields of every command our driver sends, checked against the
 * {@code commandStartedEvent}s of the transactions, retryable-writes and sessions unified spec
 * suites (read in place from the specs directory). Each test's operations run through a client over
 * a recording source that answers like a replica set (or mongos) member, with the test's fail
 * points scripted as error replies; only the transaction-relevant fields are compared (see
 * {@link SpecCommandMatcher}), command by command. Tests using operations this driver does not
 * have (client bulk write, snapshot reads, ...) or checks that need real data are skipped and counted.
 */
class SpecSessionFieldsTest {
    private static final List<String> DIRECTORIES = List.of("transactions/tests/unified", "retryable-writes/tests/unified",
            "sessions/tests");

    @Test
    void sessionFieldsMatchTheSpecSuites() throws Exception {
        int files = 0;
        int passed = 0;
        Map<String, Integer> skipped = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String directory : DIRECTORIES) {
            Path dir = SpecsDir.resolve(directory);
            if (!Files.isDirectory(dir)) {
                Assumptions.abort("spec directory " + dir + " is missing");
            }
            for (Path file : SpecsDir.jsonFiles(dir)) {
                files++;
                BsonDocument suite = BsonDocument.parse(Files.readString(file));
                for (BsonValue test : suite.getArray("tests")) {
                    String name = file.getFileName() + ": " + test.asDocument().getString("description").getValue();
                    SpecShapeRun run = new SpecShapeRun(suite, test.asDocument());
                    String skipReason = run.unsupportedReason();
                    if (skipReason != null) {
                        skipped.merge(skipReason, 1, Integer::sum);
                        continue;
                    }
                    try {
                        String mismatch = run.run();
                        if (mismatch == null) {
                            passed++;
                        } else {
                            failures.add(name + " -> " + mismatch);
                        }
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(name + " -> " + e);
                    }
                }
            }
        }
        System.out.println("Session-field spec check: " + files + " files, " + passed + " tests matched, "
                + failures.size() + " mismatched, skipped " + skipped);
        failures.forEach(f -> System.out.println("  MISMATCH " + f));
        assertTrue(passed > 50, "expected a substantial number of spec tests to run, ran " + passed);
        assertEquals(List.of(), failures);
    }
}
