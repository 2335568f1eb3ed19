package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.drivers.DriverUnderTest;
import io.connectmongodb.benchmarks.floor.RawSocketFloor;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import org.bson.Document;

import java.util.List;

/**
 * RunCommand: one command document (built once) sent through {@code runCommand} on {@code admin}
 * per operation. For {@code ping} on the stub, the raw-socket floor (the same ping, pre-encoded) is
 * measured in the same interleaved rounds. {@code hello} runs on the stub only: the embedded server
 * does not implement it.
 */
public final class RunCommandWorkload implements Workload {
    private final String command;

    public RunCommandWorkload(String command) {
        if (!command.equals("ping") && !command.equals("hello")) {
            throw new IllegalArgumentException("RunCommand measures ping or hello, not " + command);
        }
        this.command = command;
    }

    @Override
    public String name() {
        return "RunCommand " + command;
    }

    @Override
    public boolean runsOn(BenchServer server) {
        // mongo-java-server 1.47 answers hello with CommandNotFound; see NotAvailable for that row
        return server.kind() == BenchServer.Kind.STUB || server.kind() == BenchServer.Kind.EMBEDDED && command.equals("ping");
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 2_000;
    }

    @Override
    public List<Participant> participants(BenchServer server) {
        if (command.equals("ping") && server.kind() == BenchServer.Kind.STUB) {
            return List.of(Participant.OURS, Participant.OFFICIAL, Participant.FLOOR);
        }
        return Workload.super.participants(server);
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) throws Exception {
        if (participant == Participant.FLOOR) {
            RawSocketFloor floor = new RawSocketFloor(server.port());
            return new RoundTask() {
                @Override
                public void runRound(int ops) throws Exception {
                    for (int i = 0; i < ops; i++) {
                        floor.roundTrip();
                    }
                }

                @Override
                public void close() throws Exception {
                    floor.close();
                }
            };
        }
        DriverUnderTest driver = server.driver(participant.side());
        Document request = new Document(command, 1);
        return ops -> {
            for (int i = 0; i < ops; i++) {
                Checks.ok(driver.runCommand(request), command);
            }
        };
    }
}
