package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoCursor;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.MongoClientException;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource.Sent;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Session fields on the wire (sessions spec): lsid, pooling, $clusterTime gossip, causal reads, endSessions. */
class SessionCommandShapeTest {
    static final String CLUSTER_TIME = "{'$clusterTime': {clusterTime: Timestamp(100, 1), signature: {hash: BinData(0, 'AAAAAAAAAAAAAAAAAAAAAAAAAAA='), keyId: NumberLong(0)}}}";

    private final RecordingConnectionSource source = new RecordingConnectionSource();

    private MongoClient client(MongoClientSettings.Builder settings) {
        return new MongoClientImpl(settings.build(), source);
    }

    private MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("db").getCollection("c");
    }

    @Test
    void implicitSessionsSendAnLsidOnlyWhenTheServerHasSessionsAndReuseItFromThePool() {
        MongoCollection<Document> withoutSessions = collection(client(MongoClientSettings.builder()));
        source.reply("{n: 1}");
        withoutSessions.insertOne(new Document("_id", 1));
        assertFalse(source.sent().get(0).command().containsKey("lsid"), "the server reports no logicalSessionTimeoutMinutes");

        source.withSessions("{setName: 'rs'}");
        source.reply("{n: 1}").reply(ClientTestSupport.EMPTY_CURSOR);
        withoutSessions.insertOne(new Document("_id", 2));
        withoutSessions.find().first();
        BsonDocument insertLsid = source.sent().get(1).command().getDocument("lsid");
        assertEquals(4, insertLsid.getBinary("id").getType());
        assertEquals(insertLsid, source.sent().get(2).command().getDocument("lsid"), "LIFO pool hands the same session back");
    }

    @Test
    void clusterTimeIsGossipedBack() {
        source.withSessions("{setName: 'rs'}");
        MongoCollection<Document> collection = collection(client(MongoClientSettings.builder()));
        source.replyWith(c -> BsonDocument.parse(CLUSTER_TIME).append("n", new org.bson.BsonInt32(1)))
                .reply(ClientTestSupport.EMPTY_CURSOR);
        collection.insertOne(new Document("_id", 1));
        collection.find().first();
        assertFalse(source.sent().get(0).command().containsKey("$clusterTime"));
        assertEquals(BsonDocument.parse(CLUSTER_TIME).getDocument("$clusterTime"),
                source.sent().get(1).command().getDocument("$clusterTime"));
    }

    @Test
    void causallyConsistentSessionReadsAfterItsLastOperationTime() {
        source.withSessions("{setName: 'rs'}");
        MongoClient client = client(MongoClientSettings.builder());
        MongoCollection<Document> collection = collection(client);
        try (ClientSession session = client.startSession()) {
            source.reply("{n: 1, operationTime: Timestamp(42, 7)}").reply(ClientTestSupport.EMPTY_CURSOR)
                    .reply(ClientTestSupport.EMPTY_CURSOR);
            collection.insertOne(session, new Document("_id", 1));
            collection.find(session, new Document()).first();
            collection.find().first();

            assertEquals(new BsonTimestamp(42, 7), session.getOperationTime());
            assertFalse(source.sent().get(0).command().containsKey("readConcern"), "no operation time yet, and a write");
            assertEquals(BsonDocument.parse("{afterClusterTime: Timestamp(42, 7)}"),
                    source.sent().get(1).command().getDocument("readConcern"));
            assertEquals(session.getSessionId(), source.sent().get(1).command().getDocument("lsid"));
            assertFalse(source.sent().get(2).command().containsKey("readConcern"), "an implicit session is not causal");
            assertNotEquals(session.getSessionId(), source.sent().get(2).command().getDocument("lsid"));
        }
    }

    @Test
    void causalReadsWorkWithoutServerSessionsWhenTheServerReportsOperationTimes() {
        MongoClient client = client(MongoClientSettings.builder());
        try (ClientSession session = client.startSession()) {
            source.reply("{n: 1, operationTime: Timestamp(9, 1)}").reply(ClientTestSupport.EMPTY_CURSOR);
            collection(client).insertOne(session, new Document("_id", 1));
            collection(client).find(session, new Document()).first();
            Sent find = source.sent().get(1);
            assertFalse(find.command().containsKey("lsid"));
            assertEquals(BsonDocument.parse("{afterClusterTime: Timestamp(9, 1)}"), find.command().getDocument("readConcern"));
        }
    }

    @Test
    void unacknowledgedWritesCarryNoImplicitSessionAndRefuseAnExplicitOne() {
        source.withSessions("{setName: 'rs'}");
        MongoClient client = client(MongoClientSettings.builder().writeConcern(WriteConcern.UNACKNOWLEDGED));
        collection(client).insertOne(new Document("_id", 1));
        assertFalse(source.onlySent().command().containsKey("lsid"));
        assertFalse(source.onlySent().command().containsKey("txnNumber"));
        try (ClientSession session = client.startSession()) {
            assertThrows(MongoClientException.class, () -> collection(client).insertOne(session, new Document("_id", 2)));
        }
        assertEquals(1, source.sent().size(), "nothing sent for the refused write");
    }

    @Test
    void aCursorKeepsItsSessionUntilItIsExhausted() {
        source.withSessions("{setName: 'rs'}");
        MongoCollection<Document> collection = collection(client(MongoClientSettings.builder()));
        source.reply("{cursor: {id: NumberLong(7), ns: 'db.c', firstBatch: [{_id: 1}]}}")
                .reply("{n: 1}")
                .reply("{cursor: {id: NumberLong(0), ns: 'db.c', nextBatch: [{_id: 2}]}}")
                .reply("{n: 1}");
        try (MongoCursor<Document> cursor = collection.find().cursor()) {
            cursor.next();
            collection.insertOne(new Document("_id", 3));
            cursor.next();
        }
        collection.insertOne(new Document("_id", 4));
        List<Sent> sent = source.sent();
        BsonDocument cursorLsid = sent.get(0).command().getDocument("lsid");
        assertNotEquals(cursorLsid, sent.get(1).command().getDocument("lsid"), "the cursor's session was still in use");
        assertEquals("getMore", sent.get(2).name());
        assertEquals(cursorLsid, sent.get(2).command().getDocument("lsid"));
        assertEquals(cursorLsid, sent.get(3).command().getDocument("lsid"), "returned to the pool once exhausted, reused first");
    }

    @Test
    void closingTheClientEndsThePooledSessions() {
        source.withSessions("{setName: 'rs'}");
        MongoClient client = client(MongoClientSettings.builder());
        source.reply("{n: 1}").reply("{ok: 1}");
        collection(client).insertOne(new Document("_id", 1));
        BsonDocument lsid = source.sent().get(0).command().getDocument("lsid");
        client.close();
        Sent endSessions = source.sent().get(1);
        assertEquals("endSessions", endSessions.name());
        assertEquals(List.of(lsid), endSessions.command().getArray("endSessions").getValues());
        assertFalse(endSessions.command().containsKey("lsid"));
        assertTrue(source.isClosed());
    }

    @Test
    void aSessionFromElsewhereIsRefused() {
        MongoCollection<Document> collection = collection(client(MongoClientSettings.builder()));
        assertThrows(IllegalArgumentException.class, () -> collection.insertOne(null, new Document()));
    }
}
