package io.connectmongodb.mapper.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.annotation.PartialUpdate;
import io.connectmongodb.mapper.annotation.PreRemove;
import io.connectmongodb.mapper.annotation.Version;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.store.CountingSequenceStore;
import io.connectmongodb.mapper.internal.store.RecordingDocumentStore;
import io.connectmongodb.mapper.internal.validation.EntityValidator;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code @PartialUpdate} moves {@code @Version} on; {@code deleteById} runs {@code @PreRemove}. */
class VersionAndCallbackFixesTest {
    static final List<String> REMOVED = new ArrayList<>();

    @Entity("stock")
    record Stock(@Id String sku, int quantity, @Version long version) {
        @PreRemove
        void beforeRemove() {
            REMOVED.add(sku);
        }
    }

    @Repository
    interface Stocks extends CrudRepository<Stock, String> {
        @PartialUpdate(filter = "{_id: ?0}", update = "{$inc: {quantity: ?1}}", multi = false)
        long add(String sku, int quantity);

        @PartialUpdate(filter = "{_id: ?0}", update = "{$set: {quantity: 0}, $inc: {version: 10}}", multi = false)
        long reset(String sku);
    }

    private final RecordingDocumentStore store = new RecordingDocumentStore();
    private final EntityValidator validator = EntityValidator.disabled();
    private final Stocks stocks = new RepositoryFactory(new EntityModels(), validator, type -> store, Clock.systemUTC(), CountingSequenceStore.allocator(), 100)
            .create(Stocks.class);

    @AfterEach
    void close() {
        validator.close();
        REMOVED.clear();
    }

    @Test
    void aPartialUpdateOfAVersionedEntityIncrementsTheVersion() {
        stocks.add("pen", 3);
        assertEquals("update {\"_id\": \"pen\"} {\"$inc\": {\"quantity\": 3, \"version\": 1}}", store.calls.get(0));
    }

    @Test
    void anUpdateThatSetsTheVersionItselfIsLeftAlone() {
        stocks.reset("pen");
        assertEquals("update {\"_id\": \"pen\"} {\"$set\": {\"quantity\": 0}, \"$inc\": {\"version\": 10}}", store.calls.get(0));
    }

    @Test
    void deleteByIdRunsPreRemoveOnTheStoredEntity() {
        store.documents.add(new BsonDocument("_id", new BsonString("pen")).append("quantity", new org.bson.BsonInt32(2))
                .append("version", new BsonInt64(1)));
        stocks.deleteById("pen");
        stocks.deleteById("missing");
        assertEquals(List.of("pen"), REMOVED);
        assertEquals(List.of("find {\"_id\": \"pen\"}", "close", "delete {\"_id\": \"pen\"}", "find {\"_id\": \"missing\"}", "close",
                        "delete {\"_id\": \"missing\"}"),
                store.calls);
        assertEquals(List.of(), store.documents);
    }
}
