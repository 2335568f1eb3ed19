package io.connectmongodb.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.internal.selection.LatencyWindow;
import io.connectmongodb.driver.internal.selection.OperationCountChooser;
import io.connectmongodb.driver.internal.selection.ReadPreferenceSelector;
import io.connectmongodb.driver.internal.selection.ServerSelection;
import io.connectmongodb.driver.internal.topology.AddressParser;
import io.connectmongodb.driver.internal.topology.RttMonitor;
import io.connectmongodb.driver.internal.topology.TopologySettings;
import io.connectmongodb.testsupport.SpecsDir;
import io.connectmongodb.driver.ReadPreference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every file of the server selection spec's {@code server_selection}, {@code rtt} and
 * {@code in_window} folders against the selection functions; {@code logging} needs a live server
 * and is skipped with its reason.
 */
class ServerSelectionSpecTest {
    private static final String LOGGING_REASON = "logging tests need a live server and the unified test runner";
    private static final TopologySpecTally TALLY = new TopologySpecTally("server-selection");

    @AfterAll
    static void printSummary() {
        TALLY.print();
    }

    @TestFactory
    Stream<DynamicNode> specFiles() {
        Path root = SpecsDir.resolve("server-selection/tests");
        if (!Files.isDirectory(root)) {
            System.out.println("server-selection: skipped, no spec directory at " + root);
            Assumptions.abort("no spec directory at " + root);
        }
        List<DynamicNode> folders = new ArrayList<>();
        folders.add(folder(root, "server_selection", SelectionSpecCase::run));
        folders.add(folder(root, "rtt", ServerSelectionSpecTest::runRtt));
        folders.add(folder(root, "in_window", ServerSelectionSpecTest::runInWindow));
        List<DynamicNode> logging = new ArrayList<>();
        for (Path file : SpecsDir.jsonFiles(root.resolve("logging"))) {
            logging.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                TALLY.file();
                TALLY.skipped(LOGGING_REASON);
                Assumptions.abort(LOGGING_REASON);
            }));
        }
        folders.add(DynamicContainer.dynamicContainer("logging", logging));
        return folders.stream();
    }

    private static DynamicContainer folder(Path root, String name, java.util.function.Consumer<BsonDocument> runner) {
        List<DynamicNode> tests = new ArrayList<>();
        for (Path file : SpecsDir.jsonFiles(root.resolve(name))) {
            String display = root.resolve(name).relativize(file).toString();
            tests.add(DynamicTest.dynamicTest(display, file.toUri(), () -> runFile(file, runner)));
        }
        return DynamicContainer.dynamicContainer(name, tests);
    }

    private static void runFile(Path file, java.util.function.Consumer<BsonDocument> runner) throws IOException {
        TALLY.file();
        BsonDocument spec = BsonDocument.parse(Files.readString(file));
        try {
            runner.accept(spec);
            TALLY.passed();
        } catch (AssertionError | RuntimeException e) {
            TALLY.failed();
            throw e;
        }
    }

    private static void runRtt(BsonDocument spec) {
        BsonValue previous = spec.get("avg_rtt_ms");
        Double old = previous.isString() && previous.asString().getValue().equals("NULL") ? null : previous.asNumber().doubleValue();
        double actual = RttMonitor.nextAverage(old, spec.getNumber("new_rtt_ms").doubleValue());
        assertEquals(spec.getNumber("new_avg_rtt").doubleValue(), actual, 1e-9, "new average RTT");
    }

    /** Runs the file's number of selections over its mocked operation counts and checks the frequencies. */
    private static void runInWindow(BsonDocument spec) {
        TopologyDescription topology = SelectionSpecCase.topology(spec.getDocument("topology_description"));
        Map<ServerAddress, Integer> operationCounts = new HashMap<>();
        for (BsonValue value : spec.getArray("mocked_topology_state")) {
            BsonDocument state = value.asDocument();
            operationCounts.put(AddressParser.parse(state.getString("address").getValue()),
                    state.getNumber("operation_count").intValue());
        }
        List<ServerDescription> window = LatencyWindow.filter(ServerSelection.suitable(topology,
                new ReadPreferenceSelector(ReadPreference.nearest(), TopologySettings.DEFAULT_HEARTBEAT_FREQUENCY_MS),
                Set.of()), TopologySettings.DEFAULT_LOCAL_THRESHOLD_MS);
        int iterations = spec.getNumber("iterations").intValue();
        Random random = new Random(20_240_611L);
        Map<ServerAddress, Integer> selections = new HashMap<>();
        for (int i = 0; i < iterations; i++) {
            ServerDescription chosen = OperationCountChooser.choose(window, a -> operationCounts.getOrDefault(a, 0), random);
            selections.merge(chosen.address(), 1, Integer::sum);
        }
        BsonDocument outcome = spec.getDocument("outcome");
        double tolerance = outcome.getNumber("tolerance").doubleValue();
        BsonDocument expected = outcome.getDocument("expected_frequencies");
        for (String key : expected.keySet()) {
            double frequency = selections.getOrDefault(AddressParser.parse(key), 0) / (double) iterations;
            double wanted = expected.getNumber(key).doubleValue();
            assertTrue(Math.abs(frequency - wanted) <= tolerance,
                    key + " selected with frequency " + frequency + ", expected " + wanted + " +/- " + tolerance);
        }
    }
}
