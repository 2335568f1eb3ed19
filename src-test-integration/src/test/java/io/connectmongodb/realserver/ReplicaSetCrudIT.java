package io.connectmongodb.realserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.testsupport.DockerSupport;
import io.connectmongodb.testsupport.ReplicaSetContainer;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CRUD and a multi-batch cursor against a real mongod replica set from Testcontainers. Where no
 * Docker engine answers (as on the project's CI machines) it is skipped with the reason printed.
 */
@ExtendWith(DockerSupport.class)
class ReplicaSetCrudIT {

    @Test
    void crudAndCursorsAgainstARealReplicaSet() {
        try (MongoClient client = MongoClients.create(ReplicaSetContainer.uri())) {
            MongoCollection<Document> coll = client.getDatabase("rs_it").getCollection("items");
            coll.drop();
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                docs.add(new Document("_id", i).append("even", i % 2 == 0));
            }
            coll.insertMany(docs);
            assertEquals(500, coll.countDocuments(new Document("even", true)));
            assertEquals(1_000, coll.find().batchSize(50).into(new ArrayList<>()).size());
            assertEquals(1, coll.updateOne(new Document("_id", 1), new Document("$set", new Document("even", true))).modifiedCount());
            assertEquals(501, coll.deleteMany(new Document("even", true)).deletedCount());
            assertEquals(499, coll.estimatedDocumentCount());
        }
    }
}
