package io.connectmongodb.benchmarks.drivers;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import org.bson.Document;
import org.bson.RawBsonDocument;

import java.util.List;

/** connect-mongodb through its public sync API, created with default settings from the URI. */
final class OurDriver implements DriverUnderTest {
    private final MongoClient client;
    private final MongoDatabase admin;
    private final MongoDatabase database;

    OurDriver(String connectionString) {
        client = MongoClients.create(connectionString);
        admin = client.getDatabase("admin");
        database = client.getDatabase(CannedReplies.DATABASE);
    }

    @Override
    public Side side() {
        return Side.OURS;
    }

    @Override
    public Document runCommand(Document command) {
        return admin.runCommand(command);
    }

    @Override
    public CollectionHandle collection(String name) {
        MongoCollection<Document> collection = database.getCollection(name);
        MongoCollection<RawBsonDocument> raw = collection.withDocumentClass(RawBsonDocument.class);
        return new CollectionHandle() {
            @Override
            public Document findOneById(Object id) {
                return collection.find(new Document("_id", id)).first();
            }

            @Override
            public RawBsonDocument findOneRawById(Object id) {
                return raw.find(new Document("_id", id)).first();
            }

            @Override
            public void insertOne(Document document) {
                collection.insertOne(document);
            }

            @Override
            public void insertMany(List<Document> documents) {
                collection.insertMany(documents);
            }

            @Override
            public int findAll() {
                int count = 0;
                try (MongoCursor<Document> cursor = collection.find().iterator()) {
                    while (cursor.hasNext()) {
                        cursor.next();
                        count++;
                    }
                }
                return count;
            }

            @Override
            public int findAllRaw() {
                int count = 0;
                try (MongoCursor<RawBsonDocument> cursor = raw.find().iterator()) {
                    while (cursor.hasNext()) {
                        cursor.next();
                        count++;
                    }
                }
                return count;
            }

            @Override
            public void drop() {
                collection.drop();
            }
        };
    }

    @Override
    public void close() {
        client.close();
    }
}
