package io.connectmongodb.mapper.internal.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.EntityMappingException;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Field;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.annotation.Version;

import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Classes that cannot be mapped fail on first sight, naming the class and the property. */
class BadEntityTest {
    private final EntityModels models = new EntityModels();

    private void assertRejected(Class<?> type, String... fragments) {
        EntityMappingException e = assertThrows(EntityMappingException.class, () -> models.model(type));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' missing from: " + e.getMessage());
        }
    }

    @Entity
    record NoId(String name) {
    }

    @Entity
    record TwoIds(@Id String a, @Id String b) {
    }

    @Entity
    record UnsupportedType(@Id String id, Thread thread) {
    }

    @Entity
    record ObjectProperty(@Id String id, Object anything) {
    }

    @Entity
    record Conflicting(@Id String id, @Field("n") String name, @Field("n") String nickname) {
    }

    @Entity
    record NamedLikeId(@Id String id, @Field("_id") String other) {
    }

    @Entity
    record BadIdType(@Id Double id) {
    }

    @Entity
    record IntegerKeys(@Id String id, Map<Integer, String> byNumber) {
    }

    @Entity
    record RawList(@Id String id, @SuppressWarnings("rawtypes") List items) {
    }

    @Entity
    record BadVersion(@Id String id, @Version String version) {
    }

    @Entity
    record DottedName(@Id String id, @Field("a.b") String value) {
    }

    record Nested(Thread inner) {
    }

    @Entity
    record BadNested(@Id String id, List<Nested> nested) {
    }

    @Entity
    static final class FinalWithoutCreator {
        @Id
        String id;
        final String name = "x";
    }

    @Entity
    static final class NoDefaultConstructor {
        @Id
        String id;

        NoDefaultConstructor(String id) {
            this.id = id;
        }
    }

    @Entity
    abstract static class AbstractWithoutSubtypes {
        @Id
        String id;
    }

    @Entity
    static final class Generic<T> {
        @Id
        String id;
    }

    @Entity
    record GenericProperty<T>(@Id String id, T value) {
    }

    @Test
    void noId() {
        assertRejected(NoId.class, NoId.class.getName(), "no @Id");
    }

    @Test
    void twoIds() {
        assertRejected(TwoIds.class, TwoIds.class.getName(), "two @Id", "'a'", "'b'");
    }

    @Test
    void unsupportedTypes() {
        assertRejected(UnsupportedType.class, "java.lang.Thread", "'thread'", UnsupportedType.class.getName());
        assertRejected(ObjectProperty.class, "java.lang.Object", "'anything'");
        assertRejected(IntegerKeys.class, "'byNumber'", "String");
        assertRejected(RawList.class, "'items'");
        assertRejected(BadIdType.class, "@Id", "java.lang.Double");
        assertRejected(BadVersion.class, "@Version", "'version'");
    }

    @Test
    void nestedBadTypeFailsWithTheOuterClass() {
        assertRejected(BadNested.class, "java.lang.Thread", "'inner'", Nested.class.getName());
        assertThrows(EntityMappingException.class, () -> models.model(Nested.class));
    }

    @Test
    void conflictingFieldNames() {
        assertRejected(Conflicting.class, "'name'", "'nickname'", "'n'", Conflicting.class.getName());
        assertRejected(NamedLikeId.class, "'other'", "_id");
        assertRejected(DottedName.class, "'value'", "a.b");
    }

    @Test
    void unusableConstructionOrHierarchy() {
        assertRejected(FinalWithoutCreator.class, "'name'", "final");
        assertRejected(NoDefaultConstructor.class, NoDefaultConstructor.class.getName(), "no-argument constructor");
        assertRejected(AbstractWithoutSubtypes.class, "@Subtypes");
        assertRejected(Generic.class, "generic");
        assertRejected(GenericProperty.class, GenericProperty.class.getName(), "generic");
        assertRejected(String.class, "value type");
    }

    @Test
    void aModelIsBuiltOnceAndShared() {
        record Ok(@Id ObjectId id) {
        }
        assertThrows(EntityMappingException.class, () -> models.model(Ok.class), "local classes are rejected");
        assertTrue(models.model(Good.class) == models.model(Good.class));
    }

    @Entity
    record Good(@Id ObjectId id, String name) {
    }
}
