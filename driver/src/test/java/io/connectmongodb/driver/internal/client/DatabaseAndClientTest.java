package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.model.Collation;
import io.connectmongodb.driver.model.CreateCollectionOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Command shapes and reply parsing of database- and client-level operations. */
class DatabaseAndClientTest {
    private final ClientTestSupport t = new ClientTestSupport();
    private final MongoDatabase db = t.client.getDatabase("db");

    @Test
    void runCommandAddsDbAndReturnsTheReply() {
        t.source.reply("{ok: 1, pong: true}");
        Document reply = db.runCommand(new Document("ping", 1));
        assertEquals(true, reply.getBoolean("pong"));
        t.assertOnlyCommand("{ping: 1, $db: 'db'}");
    }

    @Test
    void listCollectionNamesAsksForNamesOnly() {
        t.source.reply("{cursor: {id: NumberLong(0), ns: 'db.$cmd.listCollections', firstBatch: [{name: 'a', type: 'collection'},"
                + " {name: 'b', type: 'collection'}]}}");
        assertEquals(List.of("a", "b"), db.listCollectionNames().into(new ArrayList<>()));
        t.assertOnlyCommand("{listCollections: 1, cursor: {}, nameOnly: true, authorizedCollections: true, $db: 'db'}");
    }

    @Test
    void listCollectionsGetMoreUsesTheCommandPseudoCollection() {
        t.source.reply("{cursor: {id: NumberLong(3), ns: 'db.$cmd.listCollections', firstBatch: [{name: 'a'}]}}")
                .reply("{cursor: {id: NumberLong(0), ns: 'db.$cmd.listCollections', nextBatch: [{name: 'b'}]}}");
        assertEquals(2, db.listCollections().batchSize(1).into(new ArrayList<>()).size());
        assertEquals(BsonDocument.parse("{listCollections: 1, cursor: {batchSize: 1}, $db: 'db'}"), t.source.sent().get(0).command());
        assertEquals(BsonDocument.parse("{getMore: NumberLong(3), collection: '$cmd.listCollections', batchSize: 1, $db: 'db'}"),
                t.source.sent().get(1).command());
    }

    @Test
    void createCollectionWithOptions() {
        t.source.reply("{}");
        db.createCollection("capped", new CreateCollectionOptions().capped(true).sizeInBytes(4096).maxDocuments(10)
                .validator(new Document("a", new Document("$exists", true))).validationLevel("moderate").validationAction("warn")
                .collation(Collation.builder().locale("en").build()));
        t.assertOnlyCommand("{create: 'capped', capped: true, size: NumberLong(4096), max: NumberLong(10),"
                + " validator: {a: {$exists: true}}, validationLevel: 'moderate', validationAction: 'warn',"
                + " collation: {locale: 'en'}, $db: 'db'}");
    }

    @Test
    void dropDatabase() {
        t.source.reply("{dropped: 'db'}");
        db.drop();
        t.assertOnlyCommand("{dropDatabase: 1, $db: 'db'}");
    }

    @Test
    void databaseAggregateSendsAggregateOne() {
        t.source.reply("{cursor: {id: NumberLong(0), ns: 'db.$cmd.aggregate', firstBatch: [{x: 1}]}}");
        Document first = db.aggregate(List.of(new Document("$documents", List.of(new Document("x", 1))))).first();
        assertEquals(1, first.getInteger("x"));
        t.assertOnlyCommand("{aggregate: 1, pipeline: [{$documents: [{x: 1}]}], cursor: {}, $db: 'db'}");
    }

    @Test
    void listDatabasesRunsOnAdmin() {
        t.source.reply("{databases: [{name: 'admin', sizeOnDisk: 1, empty: false}, {name: 'db', sizeOnDisk: 2, empty: false}], totalSize: 3}")
                .reply("{databases: [{name: 'admin'}, {name: 'db'}]}");
        List<Document> all = t.client.listDatabases().into(new ArrayList<>());
        assertEquals(2, all.size());
        assertEquals(List.of("admin", "db"), t.client.listDatabaseNames().into(new ArrayList<>()));
        assertEquals(BsonDocument.parse("{listDatabases: 1, $db: 'admin'}"), t.source.sent().get(0).command());
        assertEquals(BsonDocument.parse("{listDatabases: 1, nameOnly: true, $db: 'admin'}"), t.source.sent().get(1).command());
    }

    @Test
    void withCodecRegistryAndDocumentClass() {
        t.source.reply("{cursor: {id: NumberLong(0), ns: 'db.c', firstBatch: [{_id: 1}]}}");
        var raw = t.collection.withDocumentClass(BsonDocument.class);
        assertEquals(BsonDocument.class, raw.getDocumentClass());
        assertEquals(BsonDocument.parse("{_id: 1}"), raw.find().first());
        assertEquals("db.c", raw.getNamespace().getFullName());
        assertEquals(db.getCodecRegistry(), db.withCodecRegistry(db.getCodecRegistry()).getCodecRegistry());
    }
}
