package io.connectmongodb.mapper.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.EntityValidationException;
import io.connectmongodb.mapper.OptimisticLockException;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.annotation.Version;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.store.CountingSequenceStore;
import io.connectmongodb.mapper.internal.store.RecordingDocumentStore;
import io.connectmongodb.mapper.internal.validation.EntityValidator;

import jakarta.data.page.CursoredPage;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;
import jakarta.data.repository.Save;
import jakarta.data.repository.Update;
import jakarta.validation.constraints.NotBlank;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Async Page and CursoredPage results and async update/save/delete of entities, against a recording store. */
class AsyncPagingAndWritesTest {
    @Entity("notes")
    record Note(@Id String id, @NotBlank String text, @Version long version) {
    }

    @Repository
    interface Notes {
        @Find
        @OrderBy("text")
        CompletableFuture<Page<Note>> all(PageRequest page);

        @Find
        @OrderBy("text")
        CompletableFuture<CursoredPage<Note>> pages(PageRequest page);

        @Update
        CompletableFuture<Note> change(Note note);

        @Save
        CompletableFuture<List<Note>> keep(List<Note> notes);

        @Delete
        CompletableFuture<Long> drop(Note note);
    }

    private final RecordingDocumentStore store = new RecordingDocumentStore();
    private final EntityValidator validator = EntityValidator.enabled();
    private final RepositoryFactory factory = new RepositoryFactory(new EntityModels(), validator, type -> store,
            Clock.systemUTC(), CountingSequenceStore.allocator(), 100);
    private final Notes notes = factory.create(Notes.class);

    @AfterEach
    void close() {
        validator.close();
    }

    private void seed(String id, String text, long version) {
        store.documents.add(new BsonDocument("_id", new BsonString(id)).append("text", new BsonString(text))
                .append("version", new BsonInt64(version)));
    }

    @Test
    void anAsyncPageCountsOnlyWhenTheTotalIsRequested() {
        seed("1", "a", 1);
        seed("2", "b", 1);
        seed("3", "c", 1);
        CompletableFuture<Page<Note>> withoutTotal = notes.all(PageRequest.ofSize(2).withoutTotal());
        store.releaseAsync();
        assertEquals(2, withoutTotal.join().numberOfElements());
        assertTrue(withoutTotal.join().hasNext());
        assertTrue(store.calls.stream().noneMatch(call -> call.startsWith("countAsync")), store.calls.toString());

        store.calls.clear();
        CompletableFuture<Page<Note>> withTotal = notes.all(PageRequest.ofSize(2));
        assertFalse(withTotal.isDone());
        store.releaseAsync();
        assertFalse(withTotal.isDone(), "the count is sent only after the find answered");
        store.releaseAsync();
        assertEquals(3L, withTotal.join().totalElements());
        assertEquals(2, store.calls.size());
        assertTrue(store.calls.get(0).startsWith("findAsync") && store.calls.get(1).startsWith("countAsync"), store.calls.toString());
    }

    @Test
    void anAsyncCursoredPageCarriesCursorsForTheNextPage() {
        seed("1", "a", 1);
        seed("2", "b", 1);
        seed("3", "c", 1);
        CompletableFuture<CursoredPage<Note>> first = notes.pages(PageRequest.ofSize(2).withoutTotal());
        store.releaseAsync();
        CursoredPage<Note> page = first.join();
        assertEquals(List.of("a", "b"), page.content().stream().map(Note::text).toList());
        assertTrue(page.hasNext());
        assertEquals(PageRequest.Mode.CURSOR_NEXT, page.nextPageRequest().mode());
        assertEquals(List.of("findAsync {} limit 3"), store.calls);
    }

    @Test
    void anAsyncUpdateIsConditionalOnTheVersionAndALostRaceFailsTheFuture() {
        seed("1", "a", 1);
        CompletableFuture<Note> updated = notes.change(new Note("1", "changed", 1));
        assertEquals(List.of("replaceOneAsync {\"_id\": \"1\", \"version\": 1}"), store.calls);
        store.releaseAsync();
        assertEquals(new Note("1", "changed", 2), updated.join());
        CompletableFuture<Note> stale = notes.change(new Note("1", "again", 1));
        store.releaseAsync();
        assertInstanceOf(OptimisticLockException.class, stale.handle((value, error) -> error).join());
    }

    @Test
    void anAsyncSaveValidatesEverythingFirstThenWritesInOrder() {
        assertThrows(EntityValidationException.class, () -> notes.keep(List.of(new Note("1", "ok", 0), new Note("2", " ", 0))));
        assertEquals(List.of(), store.calls, "an invalid entity sends nothing");
        seed("5", "old", 3);
        CompletableFuture<List<Note>> saved = notes.keep(List.of(new Note("4", "new", 0), new Note("5", "newer", 3)));
        assertEquals(List.of("insertAsync 1"), store.calls, "the second write waits for the first");
        store.releaseAsync();
        assertEquals(List.of("insertAsync 1", "insert 1"), store.calls.subList(0, 2));
        assertTrue(store.calls.get(2).startsWith("replaceOneAsync {\"_id\": \"5\", \"version\""), store.calls.toString());
        store.releaseAsync();
        assertEquals(List.of(new Note("4", "new", 1), new Note("5", "newer", 4)), saved.join());
    }

    @Test
    void anAsyncDeleteCompletesWithTheCountOrFailsWhenTheEntityIsGone() {
        seed("1", "a", 1);
        CompletableFuture<Long> deleted = notes.drop(new Note("1", "a", 1));
        store.releaseAsync();
        assertEquals(1L, deleted.join());
        CompletableFuture<Long> again = notes.drop(new Note("1", "a", 1));
        store.releaseAsync();
        assertInstanceOf(OptimisticLockException.class, again.handle((value, error) -> error).join());
    }
}
