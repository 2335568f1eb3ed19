package io.connectmongodb.benchmarks.profile;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-workload profiles of our side from one JFR recording of the whole run ({@code --profile}).
 *
 * <p>Algorithm: read the recording once; charge each {@code jdk.ExecutionSample} (CPU) and
 * {@code jdk.ObjectAllocationSample} (allocation, weighted by its sampled bytes) to the workload
 * whose measured round of ours covered its time on its thread ({@link RoundWindows}); drop the rest
 * (official rounds, warm-up, set-up, other threads). Within a workload, a sample is charged to its
 * nearest connect-mongodb frame ({@link StackFrames}); samples with none are charged to their
 * nearest non-JDK frame, marked "outside connect-mongodb" (e.g. {@code org.bson} codecs). The
 * Markdown lists the top sites of each as shares of the workload's samples, with the class most
 * allocated at each allocation site.
 */
public final class WorkloadProfiles {
    private final Map<String, Profile> profiles = new LinkedHashMap<>();

    /** Samples charged to one workload. */
    static final class Profile {
        long cpuSamples;
        double allocatedBytes;
        final Map<String, Double> cpuBySite = new HashMap<>();
        final Map<String, Double> allocationBySite = new HashMap<>();
        final Map<String, Map<String, Double>> classesBySite = new HashMap<>();
    }

    private WorkloadProfiles() {
    }

    /** Reads {@code recording} and charges its samples to the windows' workloads. */
    public static WorkloadProfiles read(Path recording, RoundWindows windows) throws IOException {
        WorkloadProfiles result = new WorkloadProfiles();
        for (String key : windows.keys()) {
            result.profiles.put(key, new Profile());
        }
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                boolean cpu = type.equals("jdk.ExecutionSample");
                if (!cpu && !type.equals("jdk.ObjectAllocationSample")) {
                    continue;
                }
                RecordedThread thread = cpu ? event.getThread("sampledThread") : event.getThread();
                RecordedStackTrace stack = event.getStackTrace();
                if (thread == null || stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                String key = windows.find(event.getStartTime(), thread.getJavaThreadId());
                if (key != null) {
                    result.charge(result.profiles.get(key), event, cpu, stack.getFrames());
                }
            }
        }
        return result;
    }

    private void charge(Profile profile, RecordedEvent event, boolean cpu, List<RecordedFrame> frames) {
        String site = site(frames);
        if (cpu) {
            profile.cpuSamples++;
            profile.cpuBySite.merge(site, 1.0, Double::sum);
        } else {
            double weight = event.getLong("weight");
            profile.allocatedBytes += weight;
            profile.allocationBySite.merge(site, weight, Double::sum);
            profile.classesBySite.computeIfAbsent(site, s -> new HashMap<>())
                    .merge(event.getClass("objectClass").getName(), weight, Double::sum);
        }
    }

    static String site(List<RecordedFrame> frames) {
        String product = StackFrames.nearestProductFrame(frames);
        if (!product.equals(StackFrames.NO_FRAME)) {
            return product;
        }
        for (RecordedFrame frame : frames) {
            String name = StackFrames.name(frame);
            if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
                return "outside connect-mongodb: " + name;
            }
        }
        return "outside connect-mongodb: " + StackFrames.name(frames.get(0));
    }

    /** The Markdown of {@code profiles.md}: one section per workload with its top {@code top} sites. */
    public String markdown(String header, int top) {
        StringBuilder md = new StringBuilder(header).append('\n');
        for (Map.Entry<String, Profile> entry : profiles.entrySet()) {
            Profile p = entry.getValue();
            md.append("\n### ").append(entry.getKey()).append("\n\n")
                    .append(String.format(Locale.ROOT, "%d CPU samples, %.1f MB sampled allocation in our measured rounds.%n%n",
                            p.cpuSamples, p.allocatedBytes / 1e6));
            md.append("| CPU site (nearest connect-mongodb frame) | share |\n|---|---:|\n");
            appendTop(md, p.cpuBySite, p.cpuSamples, top, null);
            md.append("\n| Allocation site (nearest connect-mongodb frame) | share | mostly |\n|---|---:|---|\n");
            appendTop(md, p.allocationBySite, p.allocatedBytes, top, p.classesBySite);
        }
        return md.toString();
    }

    private static void appendTop(StringBuilder md, Map<String, Double> bySite, double total, int top,
                                  Map<String, Map<String, Double>> classes) {
        if (bySite.isEmpty()) {
            md.append("| (no samples) | |").append(classes == null ? "" : " |").append('\n');
            return;
        }
        bySite.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> {
                    md.append("| `").append(e.getKey()).append("` | ")
                            .append(String.format(Locale.ROOT, "%.1f%%", 100 * e.getValue() / Math.max(1, total)));
                    if (classes != null) {
                        md.append(" | `").append(mostAllocated(classes.get(e.getKey()))).append('`');
                    }
                    md.append(" |\n");
                });
    }

    private static String mostAllocated(Map<String, Double> classes) {
        return classes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }
}
