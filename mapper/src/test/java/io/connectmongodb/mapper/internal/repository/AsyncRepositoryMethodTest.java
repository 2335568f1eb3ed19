package io.connectmongodb.mapper.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import io.connectmongodb.mapper.EntityValidationException;
import io.connectmongodb.mapper.RepositoryDefinitionException;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.store.CountingSequenceStore;
import io.connectmongodb.mapper.internal.store.RecordingDocumentStore;
import io.connectmongodb.mapper.internal.validation.EntityValidator;

import jakarta.data.repository.Insert;
import jakarta.data.repository.Repository;
import jakarta.validation.constraints.NotBlank;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CompletableFuture repository methods: nothing blocks before the store answers, results and errors map as the driver's. */
class AsyncRepositoryMethodTest {
    @Entity("items")
    record Item(@Id String id, @NotBlank String name) {
    }

    @Repository
    interface Items {
        CompletableFuture<List<Item>> findByName(String name);

        CompletableFuture<Optional<Item>> findById(String id);

        CompletableFuture<Long> countByName(String name);

        CompletableFuture<Boolean> existsByName(String name);

        CompletableFuture<Integer> deleteByName(String name);

        @Insert
        CompletableFuture<Item> add(Item item);
    }

    @Repository
    interface AsyncStreams {
        CompletableFuture<Stream<Item>> findByName(String name);
    }

    private final RecordingDocumentStore store = new RecordingDocumentStore();
    private final EntityValidator validator = EntityValidator.enabled();
    private final RepositoryFactory factory = new RepositoryFactory(new EntityModels(), validator, type -> store, Clock.systemUTC(), CountingSequenceStore.allocator(), 100);

    @AfterEach
    void close() {
        validator.close();
    }

    private void seed(String id, String name) {
        store.documents.add(new BsonDocument("_id", new BsonString(id)).append("name", new BsonString(name)));
    }

    @Test
    void aFindReturnsAPendingFutureAndDecodesWhenTheStoreAnswers() {
        seed("1", "pen");
        seed("2", "ink");
        Items items = factory.create(Items.class);
        CompletableFuture<List<Item>> found = items.findByName("pen");
        assertFalse(found.isDone(), "the caller's thread did not wait for the store");
        assertEquals(1, store.pendingAsyncCount());
        store.releaseAsync();
        assertEquals(List.of(new Item("1", "pen")), found.join());
        assertEquals(List.of("findAsync {\"name\": \"pen\"} limit 0"), store.calls);
    }

    @Test
    void singleCountExistsAndDeleteMapTheirResults() {
        seed("1", "pen");
        seed("2", "pen");
        Items items = factory.create(Items.class);
        CompletableFuture<Optional<Item>> byId = items.findById("2");
        CompletableFuture<Long> count = items.countByName("pen");
        CompletableFuture<Boolean> exists = items.existsByName("ink");
        store.releaseAsync();
        CompletableFuture<Integer> deleted = items.deleteByName("pen");
        store.releaseAsync();
        assertEquals(Optional.of(new Item("2", "pen")), byId.join());
        assertEquals(2L, count.join());
        assertFalse(exists.join());
        assertEquals(2, deleted.join());
        assertTrue(store.calls.contains("findAsync {\"_id\": \"2\"} limit 2"), store.calls.toString());
        assertTrue(store.calls.contains("countAsync {\"name\": \"ink\"} limit 1"), "exists stops at one: " + store.calls);
    }

    @Test
    void anInsertValidatesOnTheCallersThreadAndWritesWhenReleased() {
        Items items = factory.create(Items.class);
        assertThrows(EntityValidationException.class, () -> items.add(new Item("1", " ")));
        assertEquals(List.of(), store.calls, "an invalid entity sends nothing");
        CompletableFuture<Item> added = items.add(new Item("1", "pen"));
        assertEquals(List.of(), store.documents);
        store.releaseAsync();
        assertEquals(new Item("1", "pen"), added.join());
        assertEquals(1, store.documents.size());
    }

    @Test
    void aFailureCompletesTheFutureWithTheStoresExceptionItself() {
        Items items = factory.create(Items.class);
        MongoSocketReadTimeoutException timeout = new MongoSocketReadTimeoutException("read timed out", null, null);
        store.failAsync(timeout);
        CompletableFuture<List<Item>> found = items.findByName("pen");
        store.releaseAsync();
        assertSame(timeout, found.handle((value, error) -> error).join());
    }

    @Test
    void aDecodingFailureIsNotWrappedEither() {
        seed("1", "pen");
        seed("2", "pen");
        Items items = factory.create(Items.class);
        CompletableFuture<Optional<Item>> byId = items.findById("1");
        store.documents.add(new BsonDocument("_id", new BsonString("1")).append("name", new BsonString("copy")));
        store.releaseAsync();
        assertInstanceOf(jakarta.data.exceptions.NonUniqueResultException.class, byId.handle((value, error) -> error).join());
    }

    @Test
    void aFutureOfAStreamFailsAtCreationSayingWhy() {
        RepositoryDefinitionException streams = assertThrows(RepositoryDefinitionException.class,
                () -> factory.create(AsyncStreams.class));
        assertTrue(streams.getMessage().contains("findByName: CompletableFuture<Stream<T>> is not supported"), streams.getMessage());
        assertTrue(streams.getMessage().contains("CompletableFuture<List<T>>"), streams.getMessage());
    }
}
