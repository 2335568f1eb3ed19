package io.connectmongodb.driver.gridfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link StreamingClient} in a child JVM with a small heap and checks its verdict. */
final class StreamingClientRun {
    private StreamingClientRun() {
    }

    static String run(String uri, int megabytes, String maxHeap, long timeoutSeconds) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
                StreamingClient.class.getName(), uri, Integer.toString(megabytes)));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("streaming client (" + megabytes + " MB, -Xmx" + maxHeap + "): " + output.lines()
                .filter(line -> line.startsWith("RESULT") || line.contains("Error") || line.contains("Exception"))
                .findFirst().orElse(output));
        assertTrue(finished, "the streaming client did not finish within " + timeoutSeconds + " s");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("RESULT ok"), output);
        return output;
    }
}
