package io.connectmongodb.benchmarks.report;

import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RunMode;
import io.connectmongodb.benchmarks.runner.WorkloadResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Writes {@code report.md} and {@code ratios.svg} into the report directory and describes the machine. */
public final class ReportWriter {
    public static final String MARKDOWN = "report.md";
    public static final String SVG = "ratios.svg";
    public static final String COMMAND = "mvn -B -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar [--quick]";

    private ReportWriter() {
    }

    /** Writes both files; returns the Markdown. */
    public static String write(Path directory, List<WorkloadResult> rows, RunMode mode, double minutes) throws IOException {
        return write(directory, rows, mode, minutes, null);
    }

    /** Writes both files, linking {@code profiles} (a file beside the report) when not {@code null}; returns the Markdown. */
    public static String write(Path directory, List<WorkloadResult> rows, RunMode mode, double minutes, String profiles)
            throws IOException {
        Files.createDirectories(directory);
        String header = "## Benchmarks: connect-mongodb vs mongodb-driver-sync 5.6.1 (" + mode.name().toLowerCase(Locale.ROOT)
                + " mode)\n\n" + machine() + String.format(Locale.ROOT, "- Run took %.1f minutes, %s%n", minutes,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS))
                + "- Reproduce: `" + COMMAND + "`\n"
                + (profiles == null ? "" : "- Profiles of our side per workload (top CPU and allocation sites, JFR): ["
                        + profiles + "](" + profiles + ")\n")
                + "\n![ratios](" + SVG + ")\n";
        String markdown = MarkdownReport.render(rows, header);
        Files.writeString(directory.resolve(MARKDOWN), markdown, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(SVG), SvgChart.render(rows,
                "connect-mongodb ÷ mongodb-driver-sync 5.6.1 (" + mode.name().toLowerCase(Locale.ROOT) + " mode)"),
                StandardCharsets.UTF_8);
        return markdown;
    }

    /** The machine: processors, CPU model and JVM. */
    public static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: keep "unknown CPU"
        }
        return "- Machine: " + Runtime.getRuntime().availableProcessors() + " processors, " + cpu + "\n"
                + "- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, args "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + "\n";
    }

    /** One progress line for the console. */
    public static String oneLine(WorkloadResult row) {
        if (!row.measured()) {
            return row.notRun();
        }
        StringBuilder s = new StringBuilder();
        s.append("ratio ").append(Formats.ratio(row.throughputRatio()))
                .append(", alloc ratio ").append(Formats.ratio(row.allocationRatio()))
                .append(", ours ").append(rate(row, Participant.OURS))
                .append(", official ").append(rate(row, Participant.OFFICIAL));
        if (row.summary(Participant.FLOOR) != null) {
            s.append(", floor ").append(Formats.rate(row.summary(Participant.FLOOR).medianOpsPerSecond())).append(" ops/s");
        }
        return s.toString();
    }

    private static String rate(WorkloadResult row, Participant participant) {
        if (row.summary(participant) != null) {
            return Formats.rate(row.summary(participant).medianOpsPerSecond()) + " ops/s";
        }
        return row.failure(participant) != null ? "failed (" + row.failure(participant) + ")" : "not measured";
    }
}
