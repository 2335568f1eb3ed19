package io.connectmongodb.spec;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Runs every file of the connection-string spec suite ({@code connection-string/tests}) against {@code ConnectionString}. */
class ConnectionStringSpecTest {
    private static final UriSpecRunner RUNNER = new UriSpecRunner("connection-string", "connection-string/tests");

    @TestFactory
    Stream<DynamicNode> specCases() {
        return RUNNER.tests();
    }

    @AfterAll
    static void printSummary() {
        System.out.println(RUNNER.summary());
    }
}
