package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.drivers.DriverUnderTest;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * Cold start: one operation is creating a client and getting its first insertOne acknowledged. The
 * clients are closed after the round (unmeasured). Allocation and CPU count the calling thread
 * only; work a driver moves to background threads (e.g. server monitors) is not in those columns,
 * but it is in the wall time whenever the first insert has to wait for it.
 */
public final class ColdStartWorkload implements Workload {
    private final Document document;

    public ColdStartWorkload(Document document) {
        this.document = document;
    }

    @Override
    public String name() {
        return "cold start (client to first insert)";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.stubOrEmbedded();
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 3;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        String uri = server.connectionString();
        List<DriverUnderTest> opened = new ArrayList<>();
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    DriverUnderTest driver = participant.side().connect(uri);
                    opened.add(driver);
                    driver.collection("cold").insertOne(new Document(document));
                }
            }

            @Override
            public void afterRound() {
                for (DriverUnderTest driver : opened) {
                    driver.close();
                }
                opened.clear();
            }

            @Override
            public void close() {
                afterRound();
            }
        };
    }
}
