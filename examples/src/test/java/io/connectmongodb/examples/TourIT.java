package io.connectmongodb.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The examples tour runs to the end on the embedded server, so the README's first command works. */
class TourIT {

    @Test
    void tourRunsEveryExample() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Tour.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);
        assertTrue(output.contains("users per city: [Document{{_id=Lima, count=1}}, Document{{_id=Oslo, count=2}}]"), output);
        assertTrue(output.contains("deleted 2 users; 1 left"), output);
        assertTrue(output.contains("downloaded 3000 bytes, identical: true"), output);
        assertTrue(output.contains("content as expected: true"), output);
        assertTrue(output.contains("all registrations handled"), output);
        assertTrue(output.contains("== Tour finished"), output);
    }
}
