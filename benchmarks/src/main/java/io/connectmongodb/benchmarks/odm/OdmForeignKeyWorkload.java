package io.connectmongodb.benchmarks.odm;

import com.mongodb.client.MongoClients;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import io.connectmongodb.mapper.Mapper;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * ODM "find foreign key by filter" on the embedded server: {@value #DOCUMENTS} {@link ForeignKeyModel}
 * documents, each holding a distinct flat-model id in {@code flat_id}, are inserted once (unmeasured,
 * with an index on {@code flat_id}); one operation finds the document of the next key by the filter
 * {@code {flat_id: key}} and checks it. Ours through the {@link Mapper}'s collection, the official
 * side through a {@code PojoCodecProvider} collection.
 */
public final class OdmForeignKeyWorkload implements Workload {
    static final int DOCUMENTS = 1_000;

    @Override
    public String name() {
        return "ODM flat find by foreign key: mapper vs Pojo";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.kind() == BenchServer.Kind.EMBEDDED;
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 1_000;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        List<ObjectId> keys = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            keys.add(new ObjectId());
        }
        if (participant == Participant.OURS) {
            io.connectmongodb.driver.MongoClient client = io.connectmongodb.driver.MongoClients.create(server.connectionString());
            Mapper mapper = Mapper.builder(client, CannedReplies.DATABASE + "_ours").entities(ForeignKeyModel.class).build();
            io.connectmongodb.driver.MongoCollection<ForeignKeyModel> collection = mapper.collection(ForeignKeyModel.class);
            collection.drop();
            collection.createIndex(new Document("flat_id", 1));
            for (int i = 0; i < DOCUMENTS; i++) {
                mapper.insert(new ForeignKeyModel(keys.get(i), "f" + i, i));
            }
            return task(keys, key -> collection.find(new Document("flat_id", key)).first(), () -> {
                collection.drop();
                mapper.close();
                client.close();
            });
        }
        com.mongodb.client.MongoClient client = MongoClients.create(server.connectionString());
        com.mongodb.client.MongoCollection<ForeignKeyModel> collection = client.getDatabase(CannedReplies.DATABASE + "_official")
                .withCodecRegistry(OdmCodecWorkload.pojoRegistry()).getCollection("odm_foreign_key", ForeignKeyModel.class);
        collection.drop();
        collection.createIndex(new Document("flat_id", 1));
        for (int i = 0; i < DOCUMENTS; i++) {
            ForeignKeyModel model = new ForeignKeyModel(keys.get(i), "f" + i, i);
            model.setId(new ObjectId());
            collection.insertOne(model);
        }
        return task(keys, key -> collection.find(new Document("flat_id", key)).first(), () -> {
            collection.drop();
            client.close();
        });
    }

    private static RoundTask task(List<ObjectId> keys, Function<ObjectId, ForeignKeyModel> find, Runnable close) {
        return new RoundTask() {
            private int next;

            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    int index = next++ % keys.size();
                    ForeignKeyModel found = find.apply(keys.get(index));
                    if (found == null || found.getField8() != index || !keys.get(index).equals(found.getFlatId())) {
                        throw new IllegalStateException("ODM find by foreign key: wrong or missing document for key " + index);
                    }
                }
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }
}
