package io.connectmongodb.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The examples tour runs to the end on the embedded server, so the README's first command works. */
class TourIT {

    @Test
    void tourRunsEveryExample() throws Exception {
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
        assertTrue(output.contains("ordered: duplicate key at index 1, inserted 1 of 3"), output);
        assertTrue(output.contains("unordered: duplicate key at index 1, inserted 2 of 3"), output);
        assertTrue(output.contains("count(carts) = 50"), output);
        assertTrue(output.contains("This server cannot run transactions") || output.contains("order-2: aborted"), output);
        assertTrue(output.contains("downloaded 3000 bytes, identical: true"), output);
        assertTrue(output.contains("content as expected: true"), output);
        assertTrue(output.contains("all registrations handled"), output);
        assertTrue(output.contains("page 3 of 3: [Emil]"), output);
        assertTrue(output.contains("inserted 1000 rows in one bulk write"), output);
        assertTrue(output.contains("prices summed: 299.5; active connections now: 0"), output);
        assertTrue(output.contains("== Tour finished"), output);
    }
}
