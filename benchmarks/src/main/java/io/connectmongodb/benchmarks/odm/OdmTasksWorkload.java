package io.connectmongodb.benchmarks.odm;

import com.mongodb.client.MongoClients;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import io.connectmongodb.mapper.Mapper;
import org.bson.Document;

/**
 * ODM tasks on the flat model (embedded server): one operation creates an entity, finds it by a
 * filter on {@code field1} and updates it (whole-entity replace by id). Ours goes through
 * {@link Mapper} ({@code insert}, {@code collection(FlatModel.class).find(..).first()},
 * {@code update}); the official side through a {@code MongoCollection<FlatModel>} with
 * {@code PojoCodecProvider} ({@code insertOne}, {@code find(..).first()}, {@code replaceOne}).
 * The collection is dropped after each round, unmeasured.
 */
public final class OdmTasksWorkload implements Workload {
    private final Document source;

    public OdmTasksWorkload(Document source) {
        this.source = source;
    }

    @Override
    public String name() {
        return "ODM flat create+find+update: mapper vs Pojo";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.kind() == BenchServer.Kind.EMBEDDED;
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 500;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        if (participant == Participant.OURS) {
            io.connectmongodb.driver.MongoClient client = io.connectmongodb.driver.MongoClients.create(server.connectionString());
            Mapper mapper = Mapper.builder(client, CannedReplies.DATABASE + "_ours").entities(FlatModel.class).build();
            io.connectmongodb.driver.MongoCollection<FlatModel> collection = mapper.collection(FlatModel.class);
            return new RoundTask() {
                @Override
                public void runRound(int ops) {
                    for (int i = 0; i < ops; i++) {
                        FlatModel model = FlatModel.from(source);
                        model.setField1("m" + i);
                        mapper.insert(model);
                        FlatModel found = check(collection.find(new Document("field1", "m" + i)).first());
                        found.setField8(i);
                        mapper.update(found);
                    }
                }

                @Override
                public void afterRound() {
                    collection.drop();
                }

                @Override
                public void close() {
                    mapper.close();
                    client.close();
                }
            };
        }
        com.mongodb.client.MongoClient client = MongoClients.create(server.connectionString());
        com.mongodb.client.MongoCollection<FlatModel> collection = client.getDatabase(CannedReplies.DATABASE + "_official")
                .withCodecRegistry(OdmCodecWorkload.pojoRegistry()).getCollection("odm_flat", FlatModel.class);
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    FlatModel model = FlatModel.from(source);
                    model.setField1("m" + i);
                    model.setId(new org.bson.types.ObjectId());
                    collection.insertOne(model);
                    FlatModel found = check(collection.find(new Document("field1", "m" + i)).first());
                    found.setField8(i);
                    collection.replaceOne(new Document("_id", found.getId()), found);
                }
            }

            @Override
            public void afterRound() {
                collection.drop();
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    private static FlatModel check(FlatModel found) {
        if (found == null) {
            throw new IllegalStateException("ODM find by filter found nothing");
        }
        return found;
    }
}
