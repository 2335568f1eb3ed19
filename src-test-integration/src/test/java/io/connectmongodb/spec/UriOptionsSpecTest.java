package io.connectmongodb.spec;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Runs every file of the uri-options spec suite ({@code uri-options/tests}) against {@code ConnectionString}. */
class UriOptionsSpecTest {
    private static final UriSpecRunner RUNNER = new UriSpecRunner("uri-options", "uri-options/tests");

    @TestFactory
    Stream<DynamicNode> specCases() {
        return RUNNER.tests();
    }

    @AfterAll
    static void printSummary() {
        System.out.println(RUNNER.summary());
    }
}
