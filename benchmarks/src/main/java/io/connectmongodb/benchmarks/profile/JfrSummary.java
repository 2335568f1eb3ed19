package io.connectmongodb.benchmarks.profile;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Summarises a JFR recording of a benchmark run for one side: {@code java -cp benchmarks.jar
 * io.connectmongodb.benchmarks.profile.JfrSummary FILE.jfr MARKER [TOP]}. Only events whose stack
 * contains a frame with {@code MARKER} in its class name count (e.g. {@code OurDriver} or
 * {@code DocumentCodecPaths.ours}), so the interleaved official-driver rounds drop out.
 *
 * <p>For {@code jdk.ExecutionSample} it prints the hottest top frames (self time) and the hottest
 * frames of our driver ({@code io.connectmongodb.driver}, nearest to the top), as shares of the
 * samples (connect-mongodb frames: driver, mapper or JDBC bridge, see {@link StackFrames}). For
 * {@code jdk.ObjectAllocationSample} it sums the sampled weight (an estimate of bytes
 * allocated) by allocated class together with the nearest driver frame, and by the nearest driver
 * frame alone.
 */
public final class JfrSummary {
    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: JfrSummary FILE.jfr MARKER [TOP]");
        }
        String marker = args[1];
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Map<String, Double> selfTime = new HashMap<>();
        Map<String, Double> driverTime = new HashMap<>();
        Map<String, Double> allocationBySite = new HashMap<>();
        Map<String, Double> allocationByDriverFrame = new HashMap<>();
        long samples = 0;
        double allocated = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || !StackFrames.contains(stack.getFrames(), marker)) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            String type = event.getEventType().getName();
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                selfTime.merge(StackFrames.name(frames.get(0)), 1.0, Double::sum);
                driverTime.merge(StackFrames.nearestProductFrame(frames), 1.0, Double::sum);
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                double weight = event.getLong("weight");
                allocated += weight;
                String objectClass = event.getClass("objectClass").getName();
                String site = StackFrames.nearestProductFrame(frames);
                allocationBySite.merge(objectClass + " @ " + site, weight, Double::sum);
                allocationByDriverFrame.merge(site, weight, Double::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples, %.1f MB sampled allocation with '%s' on the stack%n",
                samples, allocated / 1e6, marker);
        print("CPU, top frame (self)", selfTime, samples, top);
        print("CPU, nearest connect-mongodb frame", driverTime, samples, top);
        print("Allocation, class @ nearest connect-mongodb frame", allocationBySite, allocated, top);
        print("Allocation, nearest connect-mongodb frame", allocationByDriverFrame, allocated, top);
    }

    private static void print(String title, Map<String, Double> counts, double total, int top) {
        System.out.println("== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
