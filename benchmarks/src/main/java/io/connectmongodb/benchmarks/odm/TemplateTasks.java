package io.connectmongodb.benchmarks.odm;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;

/**
 * The ODM tasks through Spring Data MongoDB's {@link MongoTemplate}, built without any Spring
 * context ({@code new MongoTemplate(client, database)}, so its default mapping converter), over the
 * official sync driver: {@code insert}, {@code findOne} with the same filter document, {@code save}.
 * Spring writes its {@code _class} type hint into each document, as it does by default.
 */
final class TemplateTasks {
    private TemplateTasks() {
    }

    static <T> RoundTask prepare(OdmTaskModel<T> model, BenchServer server) {
        MongoClient client = MongoClients.create(server.connectionString());
        MongoTemplate template = new MongoTemplate(client, CannedReplies.DATABASE + "_template");
        return new RoundTask() {
            @Override
            public void runRound(int ops) {
                for (int i = 0; i < ops; i++) {
                    T created = template.insert(model.create().apply(i), model.collection());
                    T found = OdmTasksWorkload.check(template.findOne(new BasicQuery(model.filter().apply(created, i)),
                            model.type(), model.collection()));
                    model.change().accept(found, i);
                    template.save(found, model.collection());
                }
            }

            @Override
            public void afterRound() {
                template.dropCollection(model.collection());
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }
}
