package io.connectmongodb.benchmarks.drivers;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import io.connectmongodb.benchmarks.stub.CannedReplies;
import org.bson.Document;
import org.bson.RawBsonDocument;

import java.util.List;

/** The official MongoDB Java driver (sync) through its public API, default settings from the URI. */
final class OfficialDriver implements DriverUnderTest {
    private final MongoClient client;
    private final MongoDatabase admin;
    private final MongoDatabase database;

    OfficialDriver(String connectionString) {
        client = MongoClients.create(connectionString);
        admin = client.getDatabase("admin");
        database = client.getDatabase(CannedReplies.DATABASE);
    }

    @Override
    public Side side() {
        return Side.OFFICIAL;
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
