package io.connectmongodb.mapper.internal.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.OptimisticLockException;
import io.connectmongodb.mapper.annotation.CreatedAt;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.annotation.PrePersist;
import io.connectmongodb.mapper.annotation.UpdatedAt;
import io.connectmongodb.mapper.annotation.Version;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.store.CountingSequenceStore;
import io.connectmongodb.mapper.internal.store.RecordingDocumentStore;
import io.connectmongodb.mapper.internal.validation.EntityValidator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Ids, auditing, versions and the conditional writes they produce, against a recording store. */
class EntityPersisterTest {
    private static final Instant NOW = Instant.parse("2024-05-06T07:08:09.123Z");

    private final RecordingDocumentStore store = new RecordingDocumentStore();
    private final EntityModels models = new EntityModels();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CountingSequenceStore sequences = new CountingSequenceStore();
    private final LongIdAllocator longIds = new LongIdAllocator(sequences, 3);

    @Entity("items")
    record Item(@Id ObjectId id, String name, @Version long version, @CreatedAt Instant created, @UpdatedAt Instant updated) {
    }

    @Entity("notes")
    static class Note {
        @Id
        UUID id;
        String text;
        boolean touched;

        @PrePersist
        void touch() {
            touched = true;
        }
    }

    private <T> EntityPersister<T> persister(Class<T> type) {
        return new EntityPersister<>(models, type, EntityValidator.disabled(), store, clock, longIds);
    }

    @Test
    void insertGeneratesTheIdStampsTimesAndStartsTheVersionOnACopyOfARecord() {
        Item original = new Item(null, "a", 0, null, null);
        Item saved = persister(Item.class).insert(original);
        assertNotNull(saved.id());
        assertEquals(1, saved.version());
        assertEquals(NOW, saved.created());
        assertEquals(NOW, saved.updated());
        assertNull(original.id(), "records are copied, not changed");
        assertEquals(BsonDocument.parse("{\"_id\": {\"$oid\": \"" + saved.id().toHexString() + "\"}, \"name\": \"a\","
                + " \"version\": {\"$numberLong\": \"1\"}, \"created\": {\"$date\": \"2024-05-06T07:08:09.123Z\"},"
                + " \"updated\": {\"$date\": \"2024-05-06T07:08:09.123Z\"}}"), store.documents.get(0));
    }

    @Test
    void mutableEntitiesAreChangedInPlaceAfterPrePersist() {
        Note note = new Note();
        Note saved = persister(Note.class).insert(note);
        assertSame(note, saved);
        assertNotNull(note.id);
        assertTrue(note.touched);
    }

    @Test
    void updateMatchesIdAndVersionAndIncrementsIt() {
        EntityPersister<Item> persister = persister(Item.class);
        Item saved = persister.insert(new Item(null, "a", 0, null, null));
        Item updated = persister.update(new Item(saved.id(), "b", saved.version(), saved.created(), null));
        assertEquals(2, updated.version());
        assertEquals("replaceOne {\"_id\": {\"$oid\": \"" + saved.id().toHexString() + "\"}, \"version\": 1}", store.calls.get(1));
        OptimisticLockException stale = assertThrows(OptimisticLockException.class,
                () -> persister.update(new Item(saved.id(), "c", 1, null, null)));
        assertTrue(stale.getMessage().contains("another writer"), stale.getMessage());
        assertThrows(OptimisticLockException.class, () -> persister.delete(saved));
        persister.delete(updated);
        assertTrue(store.documents.isEmpty());
    }

    @Test
    void saveInsertsNewEntitiesAndUpsertsUnversionedOnes() {
        EntityPersister<Item> items = persister(Item.class);
        Item inserted = items.save(new Item(null, "a", 0, null, null));
        assertEquals(List.of("insert 1"), store.calls);
        items.save(inserted);
        assertTrue(store.calls.get(1).startsWith("replaceOne"), store.calls.toString());
        Note note = new Note();
        note.id = UUID.randomUUID();
        persister(Note.class).save(note);
        assertTrue(store.calls.get(2).endsWith(" upsert"), store.calls.toString());
    }

    @Test
    void badInputFailsBeforeAnythingIsSent() {
        assertThrows(IllegalArgumentException.class, () -> persister(Item.class).update(new Item(null, "x", 1, null, null)));
        assertThrows(IllegalArgumentException.class, () -> persister(Item.class).insert(null));
        assertEquals(List.of(), store.calls);
    }

    @Entity("serials")
    record Serial(@Id Long id, String label) {
    }

    @Entity("tallies")
    static class Tally {
        @Id
        long id;
        String label;
    }

    @Test
    void absentLongIdsComeFromTheCollectionsSequenceAndAssignedOnesAreKept() {
        EntityPersister<Serial> counters = persister(Serial.class);
        List<Serial> saved = counters.insertAll(List.of(new Serial(null, "a"), new Serial(0L, "b"), new Serial(null, "c"),
                new Serial(null, "d")));
        assertEquals(List.of(1L, 2L, 3L, 4L), saved.stream().map(Serial::id).toList());
        assertEquals(42L, counters.insert(new Serial(42L, "kept")).id());
        Tally tally = new Tally();
        persister(Tally.class).save(tally);
        assertEquals(1L, tally.id, "a primitive long id of 0 is absent and is generated in place");
        assertEquals(List.of("serials+3", "serials+3", "tallies+3"), sequences.advances);
        assertEquals(BsonDocument.parse("{\"_id\": {\"$numberLong\": \"1\"}, \"label\": \"a\"}"), store.documents.get(0));
    }
}
