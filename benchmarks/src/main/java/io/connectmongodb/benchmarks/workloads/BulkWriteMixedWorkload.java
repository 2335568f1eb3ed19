package io.connectmongodb.benchmarks.workloads;

import com.mongodb.client.MongoClients;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * bulkWrite mixed (driver benchmark spec "small doc mixed bulk write"): one operation is one ordered
 * {@code bulkWrite} of {@code triples} x (insertOne small doc, replaceOne {} with it, deleteOne {}),
 * through each driver's own {@code MongoCollection.bulkWrite} and write models. Each side has its
 * own client for this row. Embedded server only (the stub has no update/delete replies); the embedded collection is dropped after each round, unmeasured.
 */
public final class BulkWriteMixedWorkload implements Workload {
    private static final String COLLECTION = "bulk_mixed";
    private final Document document;
    private final int triples;

    public BulkWriteMixedWorkload(Document document, int triples) {
        if (triples < 1) {
            throw new IllegalArgumentException("triples must be positive: " + triples);
        }
        this.document = document;
        this.triples = triples;
    }

    @Override
    public String name() {
        return "bulkWrite mixed (" + (3 * triples) + " models)";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        // the stub's canned write reply has no "n" for update/delete, which the official driver requires
        return server.kind() == BenchServer.Kind.EMBEDDED;
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 2;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        return participant.side() == io.connectmongodb.benchmarks.drivers.Side.OURS ? ours(server) : official(server);
    }

    private RoundTask ours(BenchServer server) {
        io.connectmongodb.driver.MongoClient client = io.connectmongodb.driver.MongoClients.create(server.connectionString());
        io.connectmongodb.driver.MongoCollection<Document> collection =
                client.getDatabase(CannedReplies.DATABASE).getCollection(COLLECTION);
        List<io.connectmongodb.driver.model.WriteModel<Document>> models = new ArrayList<>();
        List<Document> inserted = new ArrayList<>();
        for (int i = 0; i < triples; i++) {
            Document copy = new Document(document);
            inserted.add(copy);
            models.add(new io.connectmongodb.driver.model.InsertOneModel<>(copy));
            models.add(new io.connectmongodb.driver.model.ReplaceOneModel<>(new Document(), new Document(document)));
            models.add(new io.connectmongodb.driver.model.DeleteOneModel<>(new Document()));
        }
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    inserted.forEach(d -> d.remove("_id"));
                    collection.bulkWrite(models);
                }
            }

            @Override
            public void afterRound() {
                if (server.kind() == BenchServer.Kind.EMBEDDED) {
                    collection.drop();
                }
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    private RoundTask official(BenchServer server) {
        com.mongodb.client.MongoClient client = MongoClients.create(server.connectionString());
        com.mongodb.client.MongoCollection<Document> collection =
                client.getDatabase(CannedReplies.DATABASE).getCollection(COLLECTION);
        List<com.mongodb.client.model.WriteModel<Document>> models = new ArrayList<>();
        List<Document> inserted = new ArrayList<>();
        for (int i = 0; i < triples; i++) {
            Document copy = new Document(document);
            inserted.add(copy);
            models.add(new com.mongodb.client.model.InsertOneModel<>(copy));
            models.add(new com.mongodb.client.model.ReplaceOneModel<>(new Document(), new Document(document)));
            models.add(new com.mongodb.client.model.DeleteOneModel<>(new Document()));
        }
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    inserted.forEach(d -> d.remove("_id"));
                    collection.bulkWrite(models);
                }
            }

            @Override
            public void afterRound() {
                if (server.kind() == BenchServer.Kind.EMBEDDED) {
                    collection.drop();
                }
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }
}
