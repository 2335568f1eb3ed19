package io.connectmongodb.benchmarks.workloads;

import io.connectmongodb.benchmarks.codec.DocumentCodecPaths;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import org.bson.Document;
import org.bson.io.BasicOutputBuffer;

/**
 * BSON flat/deep/full encode or decode (driver benchmark spec, extended_bson data), in memory. Each
 * side runs the path its driver takes for a caller's {@link Document} (see {@link DocumentCodecPaths}):
 * both write and read the binary form directly; ours encodes as its inserts do (validating names,
 * adding an {@code _id} when missing, one copy into the document's own array).
 */
public final class BsonCodecWorkload implements Workload {
    private final String kind;
    private final boolean encode;
    private final Document document;
    private final byte[] encoded;

    public BsonCodecWorkload(String kind, boolean encode, Document document) {
        this.kind = kind;
        this.encode = encode;
        this.document = document;
        this.encoded = DocumentCodecPaths.officialEncode(document);
    }

    @Override
    public String name() {
        return "BSON " + kind + (encode ? " encode" : " decode");
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.kind() == BenchServer.Kind.IN_MEMORY;
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 2_000;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        boolean ours = participant == Participant.OURS;
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        return ops -> {
            long sink = 0;
            for (int i = 0; i < ops; i++) {
                if (encode) {
                    sink += ours ? DocumentCodecPaths.oursEncode(document) : DocumentCodecPaths.officialEncode(document, buffer);
                } else {
                    sink += (ours ? DocumentCodecPaths.oursDecode(encoded) : DocumentCodecPaths.officialDecode(encoded)).size();
                }
            }
            if (sink == 0) {
                throw new IllegalStateException(name() + " produced nothing");
            }
        };
    }
}
