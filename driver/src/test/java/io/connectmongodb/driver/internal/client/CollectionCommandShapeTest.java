package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.model.Collation;
import io.connectmongodb.driver.model.CountOptions;
import io.connectmongodb.driver.model.DeleteOptions;
import io.connectmongodb.driver.model.FindOneAndDeleteOptions;
import io.connectmongodb.driver.model.FindOneAndReplaceOptions;
import io.connectmongodb.driver.model.FindOneAndUpdateOptions;
import io.connectmongodb.driver.model.IndexModel;
import io.connectmongodb.driver.model.IndexOptions;
import io.connectmongodb.driver.model.InsertManyOptions;
import io.connectmongodb.driver.model.InsertOneOptions;
import io.connectmongodb.driver.model.MongoNamespace;
import io.connectmongodb.driver.model.RenameCollectionOptions;
import io.connectmongodb.driver.model.ReplaceOptions;
import io.connectmongodb.driver.model.ReturnDocument;
import io.connectmongodb.driver.model.UpdateOptions;
import io.connectmongodb.driver.model.UpdateResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The exact command document every collection operation and option produces. */
class CollectionCommandShapeTest {
    private final ClientTestSupport t = new ClientTestSupport();

    @Test
    void findWithEveryOption() {
        t.source.reply(ClientTestSupport.EMPTY_CURSOR);
        t.collection.find(new Document("a", 1))
                .projection(new Document("b", 1))
                .sort(new Document("c", -1))
                .skip(2).limit(10).batchSize(3)
                .hint(new Document("a", 1))
                .collation(Collation.builder().locale("fr").strength(Collation.Strength.SECONDARY).build())
                .maxTime(5, TimeUnit.SECONDS)
                .comment("hi")
                .cursor().close();
        t.assertOnlyCommand("{find: 'c', filter: {a: 1}, sort: {c: -1}, projection: {b: 1}, hint: {a: 1},"
                + " skip: NumberLong(2), limit: NumberLong(10), batchSize: 3, comment: 'hi', maxTimeMS: NumberLong(5000),"
                + " collation: {locale: 'fr', strength: 2}, $db: 'db'}");
    }

    @Test
    void findWithoutOptionsSendsOnlyTheFilter() {
        t.source.reply(ClientTestSupport.EMPTY_CURSOR);
        t.collection.find().cursor().close();
        t.assertOnlyCommand("{find: 'c', filter: {}, $db: 'db'}");
    }

    @Test
    void findNegativeLimitIsSingleBatchAndHintStringIsAName() {
        t.source.reply(ClientTestSupport.EMPTY_CURSOR);
        t.collection.find().limit(-5).hintString("a_1").cursor().close();
        t.assertOnlyCommand("{find: 'c', filter: {}, hint: 'a_1', limit: NumberLong(5), singleBatch: true, $db: 'db'}");
    }

    @Test
    void findBatchSizeAboveLimitIsCutToTheLimit() {
        t.source.reply(ClientTestSupport.EMPTY_CURSOR);
        t.collection.find().limit(4).batchSize(100).cursor().close();
        t.assertOnlyCommand("{find: 'c', filter: {}, limit: NumberLong(4), batchSize: 4, $db: 'db'}");
    }

    @Test
    void findFirstAsksForOneDocumentInOneBatch() {
        t.source.reply("{cursor: {id: NumberLong(0), ns: 'db.c', firstBatch: [{_id: 7}]}}");
        Document first = t.collection.find(new Document("x", 1)).first();
        assertEquals(7, first.getInteger("_id"));
        t.assertOnlyCommand("{find: 'c', filter: {x: 1}, limit: NumberLong(1), singleBatch: true, $db: 'db'}");
    }

    @Test
    void insertOneSendsTheDocumentAsASequenceWithAGeneratedIdFirst() {
        t.source.reply("{n: 1}");
        Document doc = new Document("a", 1);
        var result = t.collection.insertOne(doc, new InsertOneOptions().bypassDocumentValidation(true));
        t.assertOnlyCommand("{insert: 'c', ordered: true, bypassDocumentValidation: true, $db: 'db'}");
        var sentDocs = t.source.onlySent().sequenceDocuments();
        assertEquals("documents", t.source.onlySent().sequences().get(0).identifier());
        assertEquals(1, sentDocs.size());
        assertEquals("_id", sentDocs.get(0).getFirstKey());
        assertEquals(result.insertedId(), sentDocs.get(0).get("_id"));
        assertTrue(result.insertedId().isObjectId());
        assertEquals(result.insertedId().asObjectId().getValue(), doc.getObjectId("_id"), "the caller's document gets the id");
    }

    @Test
    void insertOneKeepsAnExistingId() {
        t.source.reply("{n: 1}");
        var result = t.collection.insertOne(new Document("_id", "mine").append("a", 1));
        assertEquals(new BsonString("mine"), result.insertedId());
    }

    @Test
    void insertManyUnorderedReportsIdsByIndex() {
        t.source.reply("{n: 2}");
        var result = t.collection.insertMany(List.of(new Document("_id", 1), new Document("_id", 2)),
                new InsertManyOptions().ordered(false));
        t.assertOnlyCommand("{insert: 'c', ordered: false, $db: 'db'}");
        assertEquals(new BsonInt32(1), result.insertedIds().get(0));
        assertEquals(new BsonInt32(2), result.insertedIds().get(1));
        assertEquals(2, t.source.onlySent().sequenceDocuments().size());
    }

    @Test
    void updateOneWithArrayFiltersHintUpsertAndCollation() {
        t.source.reply("{n: 1, nModified: 0, upserted: [{index: 0, _id: 42}]}");
        UpdateResult result = t.collection.updateOne(new Document("a", 1), new Document("$set", new Document("b.$[e]", 2)),
                new UpdateOptions().upsert(true).arrayFilters(List.of(new Document("e", new Document("$gt", 1))))
                        .hint(new Document("a", 1)).collation(Collation.builder().locale("en").build())
                        .bypassDocumentValidation(false));
        t.assertOnlyCommand("{update: 'c', ordered: true, bypassDocumentValidation: false, $db: 'db'}");
        assertEquals(BsonDocument.parse("{q: {a: 1}, u: {$set: {'b.$[e]': 2}}, upsert: true, arrayFilters: [{e: {$gt: 1}}],"
                + " hint: {a: 1}, collation: {locale: 'en'}}"), t.source.onlySent().sequenceDocuments().get(0));
        assertEquals("updates", t.source.onlySent().sequences().get(0).identifier());
        assertEquals(new UpdateResult(0, 0, new BsonInt32(42)), result);
    }

    @Test
    void updateManyWithPipelineSetsMulti() {
        t.source.reply("{n: 3, nModified: 2}");
        UpdateResult result = t.collection.updateMany(new Document(), List.of(new Document("$set", new Document("x", 1))));
        assertEquals(BsonDocument.parse("{q: {}, u: [{$set: {x: 1}}], multi: true}"), t.source.onlySent().sequenceDocuments().get(0));
        assertEquals(new UpdateResult(3, 2, null), result);
    }

    @Test
    void replaceOneSendsTheReplacementWithHintString() {
        t.source.reply("{n: 1, nModified: 1}");
        t.collection.replaceOne(new Document("_id", 1), new Document("x", 2), new ReplaceOptions().upsert(true).hintString("x_1"));
        assertEquals(BsonDocument.parse("{q: {_id: 1}, u: {x: 2}, upsert: true, hint: 'x_1'}"),
                t.source.onlySent().sequenceDocuments().get(0));
    }

    @Test
    void deleteOneAndDeleteManyUseLimitOneAndZero() {
        t.source.reply("{n: 1}").reply("{n: 5}");
        assertEquals(1, t.collection.deleteOne(new Document("a", 1), new DeleteOptions().hintString("a_1")).deletedCount());
        assertEquals(5, t.collection.deleteMany(new Document(), new DeleteOptions()
                .collation(Collation.builder().locale("de").build())).deletedCount());
        assertEquals(BsonDocument.parse("{delete: 'c', ordered: true, $db: 'db'}"), t.source.sent().get(0).command());
        assertEquals(BsonDocument.parse("{q: {a: 1}, limit: 1, hint: 'a_1'}"), t.source.sent().get(0).sequenceDocuments().get(0));
        assertEquals(BsonDocument.parse("{q: {}, limit: 0, collation: {locale: 'de'}}"), t.source.sent().get(1).sequenceDocuments().get(0));
        assertEquals("deletes", t.source.sent().get(1).sequences().get(0).identifier());
    }

    @Test
    void findOneAndUpdateAfterSendsNewTrue() {
        t.source.reply("{value: {_id: 1, a: 2}, lastErrorObject: {n: 1, updatedExisting: true}}");
        Document result = t.collection.findOneAndUpdate(new Document("_id", 1), new Document("$inc", new Document("a", 1)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER).upsert(true)
                        .projection(new Document("a", 1)).sort(new Document("a", 1))
                        .arrayFilters(List.of(new Document("x", 1))).hint(new Document("_id", 1))
                        .collation(Collation.builder().locale("en").build()).maxTime(1, TimeUnit.SECONDS)
                        .bypassDocumentValidation(true));
        assertEquals(new Document("_id", 1).append("a", 2), result);
        t.assertOnlyCommand("{findAndModify: 'c', query: {_id: 1}, sort: {a: 1}, update: {$inc: {a: 1}}, new: true,"
                + " upsert: true, fields: {a: 1}, bypassDocumentValidation: true, arrayFilters: [{x: 1}], hint: {_id: 1},"
                + " collation: {locale: 'en'}, maxTimeMS: NumberLong(1000), $db: 'db'}");
    }

    @Test
    void findOneAndReplaceBeforeSendsNewFalse() {
        t.source.reply("{value: null}");
        assertNull(t.collection.findOneAndReplace(new Document("_id", 1), new Document("b", 1),
                new FindOneAndReplaceOptions().hintString("_id_")));
        t.assertOnlyCommand("{findAndModify: 'c', query: {_id: 1}, update: {b: 1}, new: false, hint: '_id_', $db: 'db'}");
    }

    @Test
    void findOneAndDeleteSendsRemove() {
        t.source.reply("{value: {_id: 3}}");
        Document deleted = t.collection.findOneAndDelete(new Document("_id", 3),
                new FindOneAndDeleteOptions().projection(new Document("_id", 1)).sort(new Document("_id", -1))
                        .maxTime(2, TimeUnit.MILLISECONDS));
        assertEquals(new Document("_id", 3), deleted);
        t.assertOnlyCommand("{findAndModify: 'c', query: {_id: 3}, sort: {_id: -1}, remove: true, fields: {_id: 1},"
                + " maxTimeMS: NumberLong(2), $db: 'db'}");
    }

    @Test
    void countDocumentsIsAnAggregateWithMatchSkipLimitGroup() {
        t.source.reply("{cursor: {id: NumberLong(0), ns: 'db.c', firstBatch: [{_id: 1, n: 12}]}}");
        long count = t.collection.countDocuments(new Document("a", 1),
                new CountOptions().skip(1).limit(20).hintString("a_1").maxTime(3, TimeUnit.SECONDS)
                        .collation(Collation.builder().locale("en").build()));
        assertEquals(12, count);
        t.assertOnlyCommand("{aggregate: 'c', pipeline: [{$match: {a: 1}}, {$skip: NumberLong(1)}, {$limit: NumberLong(20)},"
                + " {$group: {_id: 1, n: {$sum: 1}}}], cursor: {}, hint: 'a_1', collation: {locale: 'en'},"
                + " maxTimeMS: NumberLong(3000), $db: 'db'}");
    }

    @Test
    void countDocumentsOfNothingIsZero() {
        t.source.reply(ClientTestSupport.EMPTY_CURSOR);
        assertEquals(0, t.collection.countDocuments());
    }

    @Test
    void estimatedDocumentCountUsesCount() {
        t.source.reply("{n: 9}");
        assertEquals(9, t.collection.estimatedDocumentCount());
        t.assertOnlyCommand("{count: 'c', $db: 'db'}");
    }

    @Test
    void distinctDecodesValues() {
        t.source.reply("{values: ['x', 'y']}");
        List<String> values = t.collection.distinct("f", new Document("a", 1), String.class).into(new java.util.ArrayList<>());
        assertEquals(List.of("x", "y"), values);
        t.assertOnlyCommand("{distinct: 'c', key: 'f', query: {a: 1}, $db: 'db'}");
    }

    @Test
    void aggregateWithEveryOption() {
        t.source.reply(ClientTestSupport.EMPTY_CURSOR);
        t.collection.aggregate(List.of(new Document("$match", new Document("a", 1))))
                .allowDiskUse(true).batchSize(50).collation(Collation.builder().locale("en").build())
                .hint(new Document("a", 1)).maxTime(1, TimeUnit.SECONDS).comment("agg")
                .cursor().close();
        t.assertOnlyCommand("{aggregate: 'c', pipeline: [{$match: {a: 1}}], cursor: {batchSize: 50}, allowDiskUse: true,"
                + " collation: {locale: 'en'}, hint: {a: 1}, maxTimeMS: NumberLong(1000), comment: 'agg', $db: 'db'}");
    }

    @Test
    void aggregateWithOutSendsNoBatchSizeAndToCollectionRunsIt() {
        t.source.reply(ClientTestSupport.EMPTY_CURSOR);
        t.collection.aggregate(List.of(new Document("$out", "other"))).batchSize(10).bypassDocumentValidation(true).toCollection();
        t.assertOnlyCommand("{aggregate: 'c', pipeline: [{$out: 'other'}], cursor: {}, bypassDocumentValidation: true, $db: 'db'}");
    }

    @Test
    void createIndexesWithDefaultAndGivenNames() {
        t.source.reply("{numIndexesBefore: 1, numIndexesAfter: 3}");
        List<String> names = t.collection.createIndexes(List.of(
                new IndexModel(new Document("a", 1).append("b", -1)),
                new IndexModel(new Document("t", "text"), new IndexOptions().name("txt").unique(true).sparse(true)
                        .expireAfter(60L, TimeUnit.SECONDS).partialFilterExpression(new Document("x", 1)))));
        assertEquals(List.of("a_1_b_-1", "txt"), names);
        t.assertOnlyCommand("{createIndexes: 'c', indexes: [{key: {a: 1, b: -1}, name: 'a_1_b_-1'},"
                + " {key: {t: 'text'}, name: 'txt', unique: true, sparse: true, expireAfterSeconds: NumberLong(60),"
                + " partialFilterExpression: {x: 1}}], $db: 'db'}");
    }

    @Test
    void dropIndexByNameByKeysAndAll() {
        t.source.reply("{}").reply("{}").reply("{}");
        t.collection.dropIndex("a_1");
        t.collection.dropIndex(new Document("a", 1));
        t.collection.dropIndexes();
        assertEquals(BsonDocument.parse("{dropIndexes: 'c', index: 'a_1', $db: 'db'}"), t.source.sent().get(0).command());
        assertEquals(BsonDocument.parse("{dropIndexes: 'c', index: {a: 1}, $db: 'db'}"), t.source.sent().get(1).command());
        assertEquals(BsonDocument.parse("{dropIndexes: 'c', index: '*', $db: 'db'}"), t.source.sent().get(2).command());
    }

    @Test
    void listIndexesOfAMissingCollectionIsEmpty() {
        t.source.reply("{ok: 0, code: 26, codeName: 'NamespaceNotFound', errmsg: 'ns does not exist'}");
        assertEquals(List.of(), t.collection.listIndexes().into(new java.util.ArrayList<>()));
        t.assertOnlyCommand("{listIndexes: 'c', cursor: {}, $db: 'db'}");
    }

    @Test
    void dropOfAMissingCollectionSucceeds() {
        t.source.reply("{ok: 0, code: 26, errmsg: 'ns not found'}");
        t.collection.drop();
        t.assertOnlyCommand("{drop: 'c', $db: 'db'}");
    }

    @Test
    void renameRunsOnAdminWithFullNamespaces() {
        t.source.reply("{}");
        t.collection.renameCollection(new MongoNamespace("db2", "d"), new RenameCollectionOptions().dropTarget(true));
        t.assertOnlyCommand("{renameCollection: 'db.c', to: 'db2.d', dropTarget: true, $db: 'admin'}");
    }

    @Test
    void everyCommandHandsItsConnectionBack() {
        t.source.reply("{n: 1}").reply(ClientTestSupport.EMPTY_CURSOR);
        t.collection.insertOne(new Document("a", 1));
        t.collection.find().first();
        assertEquals(t.source.acquired(), t.source.released());
    }
}
