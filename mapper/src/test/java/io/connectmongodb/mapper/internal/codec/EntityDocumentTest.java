package io.connectmongodb.mapper.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.internal.store.EntityDocumentCodec;
import io.connectmongodb.mapper.annotation.Subtypes;
import io.connectmongodb.mapper.internal.model.EntityModels;

import java.util.List;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * An entity written straight to BSON for the document store gives the same bytes as its tree
 * encoded by the driver's {@code BsonDocumentCodec} (which puts {@code _id} first), and is used
 * only where that holds; read as a map it is that tree.
 */
class EntityDocumentTest {
    private final EntityModels models = new EntityModels();

    static class IdFirst {
        @Id
        ObjectId id;
        String name;
        int count;
        List<String> tags;
    }

    static class IdLast {
        String name;
        @Id
        ObjectId id;
    }

    @Subtypes({Circle.class})
    abstract static class Shape {
        @Id
        ObjectId id;
    }

    static class Circle extends Shape {
        double radius;
    }

    private static IdFirst idFirst(ObjectId id) {
        IdFirst value = new IdFirst();
        value.id = id;
        value.name = "n";
        value.count = 3;
        value.tags = List.of("a");
        return value;
    }

    private <T> byte[] direct(BsonDocument stored) {
        return BinaryCodecs.encode(new EntityDocumentCodec(), assertInstanceOf(EntityDocument.class, stored));
    }

    @Test
    void writesTheBytesOfTheTreeAsTheDriverEncodesIt() {
        for (ObjectId id : new ObjectId[] {new ObjectId("650000000000000000000004"), null}) {
            EntityCodec<IdFirst> codec = models.codec(IdFirst.class);
            BsonDocument stored = BsonValues.stored(codec, idFirst(id));
            byte[] tree = BinaryCodecs.encode(new BsonDocumentCodec(), BsonValues.document(codec, idFirst(id)));
            assertArrayEquals(tree, direct(stored));
        }
    }

    @Test
    void readAsAMapItIsTheTree() {
        EntityCodec<IdFirst> codec = models.codec(IdFirst.class);
        BsonDocument stored = BsonValues.stored(codec, idFirst(new ObjectId("650000000000000000000004")));
        BsonDocument tree = BsonValues.document(codec, idFirst(new ObjectId("650000000000000000000004")));
        assertEquals(tree, stored);
        assertEquals(stored, tree);
        assertEquals(tree.hashCode(), stored.hashCode());
        assertEquals(tree.toJson(), stored.toJson());
        assertEquals(new BsonString("n"), stored.get("name"));
        assertEquals("_id", stored.getFirstKey());
        assertEquals(4, stored.size());
        assertEquals(tree, stored.clone());
    }

    @Test
    void aTreeWhereTheDriverWouldReorderOrTheEntityIsPolymorphic() {
        IdLast idLast = new IdLast();
        idLast.id = new ObjectId();
        assertFalse(BsonValues.stored(models.codec(IdLast.class), idLast) instanceof EntityDocument);
        Circle circle = new Circle();
        circle.id = new ObjectId();
        assertFalse(BsonValues.stored(models.codec(Circle.class), circle) instanceof EntityDocument);
        assertFalse(BsonValues.stored(models.codec(Shape.class), circle) instanceof EntityDocument);
    }

    @Test
    void allOfTakesOnlyListsOfEntityDocuments() {
        BsonDocument stored = BsonValues.stored(models.codec(IdFirst.class), idFirst(new ObjectId()));
        assertEquals(1, EntityDocument.allOf(List.of(stored)).size());
        assertNull(EntityDocument.allOf(List.of(stored, new BsonDocument())));
        assertNull(EntityDocument.allOf(List.of()));
    }

    @Test
    void theWriteOnlyCodecRefusesToDecode() {
        byte[] bytes = BinaryCodecs.bytes(new BsonDocument());
        assertThrows(MongoUnsupportedFeatureException.class, () -> BinaryCodecs.decode(new EntityDocumentCodec(), bytes));
    }
}
