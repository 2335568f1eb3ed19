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

/**
 * ODM tasks on the flat or nested model (embedded server): one operation creates an entity, finds
 * it by a filter and updates it (whole-entity replace by id). The "ours" column goes through
 * {@link Mapper} ({@code insert}, {@code collection(..).find(..).first()}, {@code update}), or, in
 * the MongoTemplate row, through Spring Data's {@link TemplateTasks}; the official column is always a
 * {@code MongoCollection} with {@code PojoCodecProvider} ({@code insertOne}, {@code find(..).first()},
 * {@code replaceOne}). The collection is dropped after each round, unmeasured.
 */
public final class OdmTasksWorkload<T> implements Workload {
    private final OdmTaskModel<T> model;
    private final boolean template;

    private OdmTasksWorkload(OdmTaskModel<T> model, boolean template) {
        this.model = model;
        this.template = template;
    }

    /** The flat model through the mapper, or through MongoTemplate when {@code template}. */
    public static OdmTasksWorkload<FlatModel> flat(Document source, boolean template) {
        return new OdmTasksWorkload<>(OdmTaskModel.flat(source), template);
    }

    public static OdmTasksWorkload<NestedModel> nested(Document source) {
        return new OdmTasksWorkload<>(OdmTaskModel.nested(source), false);
    }

    @Override
    public String name() {
        return "ODM " + model.name() + " create+find+update: " + (template ? "MongoTemplate" : "mapper") + " vs Pojo";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.kind() == BenchServer.Kind.EMBEDDED;
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return model.name().equals("flat") ? 500 : 200;
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        if (participant == Participant.OURS) {
            return template ? TemplateTasks.prepare(model, server) : mapperTasks(server);
        }
        com.mongodb.client.MongoClient client = MongoClients.create(server.connectionString());
        com.mongodb.client.MongoCollection<T> collection = client.getDatabase(CannedReplies.DATABASE + "_official")
                .withCodecRegistry(OdmCodecWorkload.pojoRegistry()).getCollection(model.collection(), model.type());
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    T created = model.create().apply(i);
                    model.setId().accept(created, new ObjectId());
                    collection.insertOne(created);
                    T found = check(collection.find(model.filter().apply(created, i)).first());
                    model.change().accept(found, i);
                    collection.replaceOne(new Document("_id", model.id().apply(found)), found);
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

    private RoundTask mapperTasks(BenchServer server) {
        io.connectmongodb.driver.MongoClient client = io.connectmongodb.driver.MongoClients.create(server.connectionString());
        Mapper mapper = Mapper.builder(client, CannedReplies.DATABASE + "_ours").entities(model.type()).build();
        io.connectmongodb.driver.MongoCollection<T> collection = mapper.collection(model.type());
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    T created = mapper.insert(model.create().apply(i));
                    T found = check(collection.find(model.filter().apply(created, i)).first());
                    model.change().accept(found, i);
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

    static <T> T check(T found) {
        if (found == null) {
            throw new IllegalStateException("ODM find by filter found nothing");
        }
        return found;
    }
}
