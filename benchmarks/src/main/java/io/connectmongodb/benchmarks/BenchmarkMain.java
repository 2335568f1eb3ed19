package io.connectmongodb.benchmarks;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.connectmongodb.benchmarks.data.BenchmarkData;
import io.connectmongodb.benchmarks.process.ServerProcess;
import io.connectmongodb.benchmarks.profile.ProfileSession;
import io.connectmongodb.benchmarks.report.ReportWriter;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.InterleavedRunner;
import io.connectmongodb.benchmarks.runner.NotAvailable;
import io.connectmongodb.benchmarks.runner.RunMode;
import io.connectmongodb.benchmarks.runner.Workload;
import io.connectmongodb.benchmarks.runner.WorkloadResult;
import io.connectmongodb.benchmarks.stub.StubServer;
import io.connectmongodb.benchmarks.workloads.FindManyWorkload;
import io.connectmongodb.benchmarks.workloads.GridFsStreamingWorkload;
import org.bson.BsonDocument;
import org.bson.Document;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Entry point: {@code java -jar benchmarks/target/benchmarks.jar [--quick] [--only TEXT]
 * [--servers stub,embedded,in-memory] [--profile]}. Starts the stub and the embedded server on loopback,
 * runs every workload of {@link WorkloadCatalog} on each server it applies to with the
 * {@link InterleavedRunner}, adds the rows that wait for missing features, and writes the report
 * (see {@link ReportWriter}) to {@code benchmarks/target/report/}; with {@code --profile}, also the
 * per-workload profiles of our side ({@link ProfileSession}) as {@code profiles.md} beside it.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    /** Whether any workload selected by the options runs on a server of {@code kind}. */
    private static boolean selectsAny(List<Workload> workloads, Options options, BenchServer.Kind kind) {
        BenchServer probe = new BenchServer(kind, null, -1, null);
        return workloads.stream().anyMatch(w -> options.selects(w.name()) && w.runsOn(probe));
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        PrintStream out = System.out;
        Path workDir = Paths.workDir();
        long started = System.nanoTime();
        out.println("connect-mongodb benchmarks, " + options.mode().name().toLowerCase(Locale.ROOT)
                + " mode; work directory " + workDir);
        BenchmarkData data = BenchmarkData.unpack(Paths.specsDir(), workDir);
        Document tweet = data.tweet();
        List<Workload> workloads = WorkloadCatalog.workloads(data, options.mode());

        List<BenchServer> servers = new ArrayList<>();
        if (options.wants("in-memory")) {
            servers.add(BenchServer.inMemory());
        }
        if (options.wants("stub")) {
            StubServer stub = StubServer.start(BsonDocument.parse(tweet.toJson()), FindManyWorkload.DOCUMENTS);
            servers.add(new BenchServer(BenchServer.Kind.STUB, stub.connectionString(), stub.port(), stub));
        }
        if (options.wants("embedded")) {
            MongoServer embedded = new MongoServer(new MemoryBackend());
            embedded.bind("127.0.0.1", 0);
            InetSocketAddress address = embedded.getLocalAddress();
            servers.add(new BenchServer(BenchServer.Kind.EMBEDDED, "mongodb://127.0.0.1:" + address.getPort(),
                    address.getPort(), embedded::shutdownNow));
        }

        if (options.wants("embedded") && selectsAny(workloads, options, BenchServer.Kind.EMBEDDED_CHILD)) {
            ServerProcess.Started child = ServerProcess.start(GridFsStreamingWorkload.serverHeap(options.mode()));
            out.println("embedded server in a child JVM (pid " + child.child().pid() + ") on port " + child.port());
            servers.add(new BenchServer(BenchServer.Kind.EMBEDDED_CHILD, "mongodb://127.0.0.1:" + child.port(),
                    child.port(), child));
        }

        ProfileSession profile = options.profile() ? ProfileSession.start() : null;
        InterleavedRunner runner = profile == null ? new InterleavedRunner(options.mode(), out)
                : new InterleavedRunner(options.mode(), out, profile.windows());
        List<WorkloadResult> results = new ArrayList<>();
        for (BenchServer server : servers) {
            try (server) {
                for (Workload workload : workloads) {
                    if (!workload.runsOn(server) || !options.selects(workload.name())) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    WorkloadResult result = runner.run(workload, server);
                    results.add(result);
                    out.printf(Locale.ROOT, "  %-45s %-9s %s (%.1f s)%n", workload.name(), server.label(),
                            ReportWriter.oneLine(result), (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        for (NotAvailable.Row row : NotAvailable.rows()) {
            if (options.selects(row.workload())) {
                results.add(row.result());
            }
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        Path reportDir = workDir.resolve("report");
        String profiles = null;
        if (profile != null) {
            try (profile) {
                Path written = profile.finish(workDir.resolve("profile.jfr"), reportDir, "## Profiles of connect-mongodb's measured rounds ("
                        + options.mode().name().toLowerCase(Locale.ROOT) + " mode)\n\n" + ReportWriter.machine()
                        + "\nOne JFR recording (settings=profile) over the run; samples are charged to the workload whose"
                        + " measured round of ours was running on the sampled thread (official rounds, warm-up and set-up"
                        + " drop out). Top " + ProfileSession.TOP_SITES + " sites by nearest connect-mongodb frame; the recording is "
                        + workDir.resolve("profile.jfr") + ".\n");
                profiles = written.getFileName().toString();
                out.println("Profiles written to " + written);
            }
        }
        String markdown = ReportWriter.write(reportDir, results, options.mode(), minutes, profiles);
        out.println();
        out.println(markdown);
        out.println("Report written to " + reportDir.resolve(ReportWriter.MARKDOWN) + " and "
                + reportDir.resolve(ReportWriter.SVG));
        System.exit(0); // the official driver's monitor threads are not daemons for a while after close
    }
}
