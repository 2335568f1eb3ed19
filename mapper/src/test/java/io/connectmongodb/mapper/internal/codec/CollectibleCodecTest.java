package io.connectmongodb.mapper.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.EntityCodecProvider;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.internal.model.EntityModels;

import java.util.UUID;

import org.bson.BsonBinarySubType;
import org.bson.codecs.Codec;
import org.bson.codecs.CollectibleCodec;
import org.bson.codecs.configuration.CodecConfigurationException;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** The provider hands generated codecs to a CodecRegistry, and they generate ids for raw driver inserts. */
class CollectibleCodecTest {
    @Entity("records")
    record Item(@Id ObjectId id, String name) {
    }

    @Entity("mutables")
    static class Note {
        @Id
        UUID id;
    }

    @Entity("counters")
    record Counter(@Id long id) {
    }

    private final EntityModels models = new EntityModels();

    @Test
    void theProviderServesEntitiesOnly() {
        CodecRegistry registry = CodecRegistries.fromProviders(new EntityCodecProvider());
        Codec<Item> codec = registry.get(Item.class);
        assertInstanceOf(EntityCodec.class, codec);
        assertSame(codec, registry.get(Item.class));
        assertThrows(CodecConfigurationException.class, () -> registry.get(String.class));
        assertThrows(CodecConfigurationException.class, () -> registry.get(CollectibleCodecTest.class));
    }

    @Test
    void recordsGetACopyWithAGeneratedId() {
        CollectibleCodec<Item> codec = models.codec(Item.class);
        Item original = new Item(null, "a");
        assertFalse(codec.documentHasId(original));
        Item withId = codec.generateIdIfAbsentFromDocument(original);
        assertNull(original.id());
        assertNotNull(withId.id());
        assertEquals("a", withId.name());
        assertEquals(withId.id(), codec.getDocumentId(withId).asObjectId().getValue());
        assertSame(withId, codec.generateIdIfAbsentFromDocument(withId));
    }

    @Test
    void mutableEntitiesGetTheIdInPlace() {
        CollectibleCodec<Note> codec = models.codec(Note.class);
        Note note = new Note();
        assertSame(note, codec.generateIdIfAbsentFromDocument(note));
        assertNotNull(note.id);
        assertTrue(codec.documentHasId(note));
        assertEquals(BsonBinarySubType.UUID_STANDARD.getValue(), codec.getDocumentId(note).asBinary().getType());
    }

    @Test
    void absentLongIdsAreRefusedOnRawInsertsInsteadOfStoredAsZero() {
        CollectibleCodec<Counter> codec = models.codec(Counter.class);
        Counter counter = new Counter(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.generateIdIfAbsentFromDocument(counter));
        assertTrue(e.getMessage().contains("assign it before inserting through a raw collection"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> codec.getDocumentId(counter));
        Counter assigned = new Counter(42);
        assertSame(assigned, codec.generateIdIfAbsentFromDocument(assigned));
    }
}
