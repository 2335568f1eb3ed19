package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Read and write concerns are inherited client → database → collection and sent only where the spec allows. */
class ConcernsCommandShapeTest {
    private final RecordingConnectionSource source = new RecordingConnectionSource();
    private final MongoClient client = new MongoClientImpl(MongoClientSettings.builder()
            .writeConcern(WriteConcern.MAJORITY).readConcern(ReadConcern.LOCAL).build(), source);

    @Test
    void clientConcernsReachCollectionsAndAreSent() {
        MongoCollection<Document> collection = client.getDatabase("db").getCollection("c");
        assertEquals(WriteConcern.MAJORITY, collection.getWriteConcern());
        source.reply("{n: 1}").reply(ClientTestSupport.EMPTY_CURSOR).reply(ClientTestSupport.EMPTY_CURSOR);

        collection.insertOne(new Document("_id", 1));
        collection.find().first();
        collection.countDocuments();

        assertEquals(BsonDocument.parse("{w: 'majority'}"), source.sent().get(0).command().getDocument("writeConcern"));
        assertFalse(source.sent().get(0).command().containsKey("readConcern"));
        assertEquals(BsonDocument.parse("{level: 'local'}"), source.sent().get(1).command().getDocument("readConcern"));
        assertFalse(source.sent().get(1).command().containsKey("writeConcern"));
        assertEquals(BsonDocument.parse("{level: 'local'}"), source.sent().get(2).command().getDocument("readConcern"));
    }

    @Test
    void databaseAndCollectionOverridesWinAndLeaveTheParentUnchanged() {
        MongoDatabase database = client.getDatabase("db").withWriteConcern(WriteConcern.w(2).withWTimeoutMS(100L))
                .withReadPreference(ReadPreference.secondaryPreferred());
        MongoCollection<Document> collection = database.getCollection("c").withReadConcern(ReadConcern.MAJORITY);
        assertEquals(ReadPreference.secondaryPreferred(), collection.getReadPreference());
        assertEquals(ReadConcern.LOCAL, database.getReadConcern());
        assertEquals(WriteConcern.MAJORITY, client.getDatabase("db").getWriteConcern());
        source.reply("{n: 1, nModified: 1}").reply(ClientTestSupport.EMPTY_CURSOR);

        collection.updateOne(new Document("_id", 1), new Document("$set", new Document("a", 1)));
        collection.aggregate(java.util.List.of(new Document("$match", new Document()))).first();

        assertEquals(BsonDocument.parse("{w: 2, wtimeout: 100}"), source.sent().get(0).command().getDocument("writeConcern"));
        assertEquals(BsonDocument.parse("{level: 'majority'}"), source.sent().get(1).command().getDocument("readConcern"));
    }

    @Test
    void serverDefaultConcernsSendNothing() {
        MongoCollection<Document> collection = client.getDatabase("db").getCollection("c")
                .withWriteConcern(WriteConcern.DEFAULT).withReadConcern(ReadConcern.DEFAULT);
        source.reply("{n: 1}").reply(ClientTestSupport.EMPTY_CURSOR);
        collection.insertOne(new Document("_id", 1));
        collection.find().first();
        assertFalse(source.sent().get(0).command().containsKey("writeConcern"));
        assertFalse(source.sent().get(1).command().containsKey("readConcern"));
    }

    @Test
    void unacknowledgedWritesUseMoreToComeAndReadNoReply() {
        MongoCollection<Document> collection = client.getDatabase("db").getCollection("c")
                .withWriteConcern(WriteConcern.UNACKNOWLEDGED);
        collection.insertOne(new Document("_id", 1));
        assertEquals(0, collection.deleteMany(new Document()).deletedCount());
        assertNull(collection.findOneAndDelete(new Document()));

        assertEquals(3, source.sent().size());
        for (RecordingConnectionSource.Sent sent : source.sent()) {
            assertTrue(sent.moreToCome(), sent.name() + " sent with moreToCome");
            assertEquals(BsonDocument.parse("{w: 0}"), sent.command().getDocument("writeConcern"));
        }
        assertEquals(0, source.pendingReplies());
    }

    @Test
    void nullConcernsAreRefused() {
        MongoCollection<Document> collection = client.getDatabase("db").getCollection("c");
        assertThrows(IllegalArgumentException.class, () -> collection.withWriteConcern(null));
        assertThrows(IllegalArgumentException.class, () -> collection.withReadConcern(null));
        assertThrows(IllegalArgumentException.class, () -> client.getDatabase("db").withReadPreference(null));
    }
}
