package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.DuplicateKeyException;
import io.connectmongodb.driver.error.MongoBulkWriteException;
import io.connectmongodb.driver.error.MongoWriteConcernException;
import io.connectmongodb.driver.error.MongoWriteException;
import io.connectmongodb.driver.error.WriteError;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource;
import io.connectmongodb.driver.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Write errors become the right exceptions with caller indexes, and writes are split into batches by count and bytes. */
class WriteErrorAndBatchingTest {
    private final ClientTestSupport t = new ClientTestSupport();

    private static List<Document> docs(int count) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            docs.add(new Document("_id", i));
        }
        return docs;
    }

    @Test
    void duplicateKeyWithServerKeyPatternAndKeyValue() {
        t.source.reply("{n: 0, writeErrors: [{index: 0, code: 11000, errmsg: 'E11000 duplicate key error',"
                + " keyPattern: {email: 1}, keyValue: {email: 'a@b.c'}}]}");
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> t.collection.insertOne(new Document("email", "a@b.c")));
        assertEquals(BsonDocument.parse("{email: 1}"), e.keyPattern());
        assertEquals(BsonDocument.parse("{email: 'a@b.c'}"), e.keyValue());
        assertEquals(11000, e.code());
        assertEquals(0, e.error().index());
        assertEquals(RecordingConnectionSource.ADDRESS, e.serverAddress());
    }

    @Test
    void duplicateKeyDetailsParsedFromTheMessageOfOlderServers() {
        t.source.reply("{n: 0, writeErrors: [{index: 0, code: 11000,"
                + " errmsg: 'E11000 duplicate key error collection: db.c index: a_1_b_-1 dup key: { a: 1, b: \"x\" }'}]}");
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
                () -> t.collection.updateOne(new Document(), new Document("$set", new Document("a", 1))));
        assertEquals(BsonDocument.parse("{a: 1, b: -1}"), e.keyPattern());
        assertEquals(BsonDocument.parse("{a: 1, b: 'x'}"), e.keyValue());
    }

    @Test
    void duplicateKeyWithoutAnyDetailsHasNulls() {
        t.source.reply("{n: 0, writeErrors: [{index: 0, code: 11001, errmsg: 'duplicate'}]}");
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> t.collection.insertOne(new Document()));
        assertNull(e.keyPattern());
        assertNull(e.keyValue());
    }

    @Test
    void otherWriteErrorsAreMongoWriteExceptionsWithDetails() {
        t.source.reply("{n: 0, writeErrors: [{index: 0, code: 121, errmsg: 'Document failed validation', errInfo: {failingDocumentId: 1}}]}");
        MongoWriteException e = assertThrows(MongoWriteException.class, () -> t.collection.deleteOne(new Document()));
        assertEquals(121, e.error().code());
        assertEquals("Document failed validation", e.error().message());
        assertEquals(BsonDocument.parse("{failingDocumentId: 1}"), e.error().details());
        assertTrue(!(e instanceof DuplicateKeyException));
    }

    @Test
    void writeConcernErrorsAreMongoWriteConcernExceptions() {
        t.source.reply("{n: 1, writeConcernError: {code: 64, codeName: 'WriteConcernFailed', errmsg: 'waiting for replication timed out',"
                + " errInfo: {wtimeout: true}}}");
        MongoWriteConcernException e = assertThrows(MongoWriteConcernException.class, () -> t.collection.insertOne(new Document()));
        assertEquals(64, e.code());
        assertEquals("WriteConcernFailed", e.writeConcernError().codeName());
        assertEquals(BsonDocument.parse("{wtimeout: true}"), e.writeConcernError().details());
    }

    @Test
    void findAndModifyWriteConcernErrorFails() {
        t.source.reply("{value: null, writeConcernError: {code: 64, errmsg: 'timeout'}}");
        assertThrows(MongoWriteConcernException.class, () -> t.collection.findOneAndDelete(new Document()));
    }

    @Test
    void insertsAreSplitByMaxWriteBatchSize() {
        t.source.withLimits(16 * 1024 * 1024, 48_000_000, 2);
        t.source.reply("{n: 2}").reply("{n: 2}").reply("{n: 1}");
        var result = t.collection.insertMany(docs(5));
        assertEquals(3, t.source.sent().size());
        assertEquals(List.of(2, 2, 1), t.source.sent().stream().map(s -> s.sequenceDocuments().size()).toList());
        assertEquals(new BsonInt32(4), t.source.sent().get(2).sequenceDocuments().get(0).get("_id"));
        assertEquals(5, result.insertedIds().size());
        assertEquals(1, t.source.acquired(), "all batches go over one connection");
    }

    @Test
    void insertsAreSplitByMaxMessageSizeBytes() {
        // each document is 1,000 bytes or so; the message limit admits three of them plus the command
        t.source.withLimits(16 * 1024 * 1024, 3_200, 1000);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            docs.add(new Document("_id", i).append("pad", "x".repeat(980)));
        }
        t.source.reply("{n: 3}").reply("{n: 3}").reply("{n: 1}");
        t.collection.insertMany(docs);
        assertEquals(List.of(3, 3, 1), t.source.sent().stream().map(s -> s.sequenceDocuments().size()).toList());
    }

    @Test
    void unorderedBulkErrorsCarryCallerIndexesAcrossBatches() {
        t.source.withLimits(16 * 1024 * 1024, 48_000_000, 2);
        t.source.reply("{n: 1, writeErrors: [{index: 1, code: 11000, errmsg: 'dup'}]}")
                .reply("{n: 1, writeErrors: [{index: 0, code: 11000, errmsg: 'dup'}]}")
                .reply("{n: 1}");
        MongoBulkWriteException e = assertThrows(MongoBulkWriteException.class,
                () -> t.collection.insertMany(docs(5), new InsertManyOptions().ordered(false)));
        assertEquals(3, t.source.sent().size(), "unordered writes send every batch");
        assertEquals(List.of(1, 2), e.writeErrors().stream().map(WriteError::index).toList());
        assertEquals(3, e.partialResult().insertedCount());
        assertEquals(Set.of(0, 3, 4), e.partialResult().insertedIds().keySet());
        assertEquals(new BsonInt32(3), e.partialResult().insertedIds().get(3));
    }

    @Test
    void orderedInsertStopsAtTheFirstFailingBatch() {
        t.source.withLimits(16 * 1024 * 1024, 48_000_000, 2);
        t.source.reply("{n: 2}").reply("{n: 0, writeErrors: [{index: 0, code: 11000, errmsg: 'dup'}]}");
        MongoBulkWriteException e = assertThrows(MongoBulkWriteException.class, () -> t.collection.insertMany(docs(6)));
        assertEquals(2, t.source.sent().size(), "the third batch is never sent");
        assertEquals(2, e.writeErrors().get(0).index());
        assertEquals(Set.of(0, 1), e.partialResult().insertedIds().keySet());
        assertEquals(0, t.source.pendingReplies());
    }

    @Test
    void bulkWriteConcernErrorAloneStillFails() {
        t.source.reply("{n: 2, writeConcernError: {code: 64, errmsg: 'timeout'}}");
        MongoBulkWriteException e = assertThrows(MongoBulkWriteException.class, () -> t.collection.insertMany(docs(2)));
        assertEquals(List.of(), e.writeErrors());
        assertEquals(64, e.writeConcernError().code());
        BsonValue id = e.partialResult().insertedIds().get(1);
        assertEquals(new BsonInt32(1), id);
    }
}
