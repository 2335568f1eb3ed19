package io.connectmongodb.mapper.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.EntityValidationException;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.persist.EntityPersister;
import io.connectmongodb.mapper.internal.store.CountingSequenceStore;
import io.connectmongodb.mapper.internal.store.RecordingDocumentStore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.List;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bean Validation runs before every whole-entity write, and a violation writes nothing. */
class ValidationWritesNothingTest {
    interface Strict {
    }

    record Address(@NotBlank String city) {
    }

    @Entity("users")
    record User(@Id ObjectId id, @NotBlank String name, @Email String email, @Min(18) int age, @Valid Address address,
                @Size(min = 8, groups = Strict.class) String password) {
    }

    private final RecordingDocumentStore store = new RecordingDocumentStore();
    private final EntityModels models = new EntityModels();
    private final EntityValidator validator = EntityValidator.enabled();

    private EntityPersister<User> persister(EntityValidator chosen) {
        return new EntityPersister<>(models, User.class, chosen, store, Clock.systemUTC(), CountingSequenceStore.allocator());
    }

    private static User valid() {
        return new User(null, "Ann", "ann@example.com", 30, new Address("Paris"), "short");
    }

    private static User invalid() {
        return new User(new ObjectId(), " ", "not-an-email", 12, new Address(""), "secret-value");
    }

    @AfterEach
    void close() {
        validator.close();
    }

    @Test
    void insertOfAnInvalidEntityListsEveryViolationAndWritesNothing() {
        EntityValidationException e = assertThrows(EntityValidationException.class, () -> persister(validator).insert(invalid()));
        assertEquals(List.of("address.city", "age", "email", "name"),
                e.violations().stream().map(EntityValidationException.Violation::propertyPath).toList());
        assertTrue(e.getMessage().startsWith("User is not valid: address.city "), e.getMessage());
        assertTrue(e.getMessage().contains("age must be greater than or equal to 18"), e.getMessage());
        assertTrue(!e.getMessage().contains("not-an-email"), "invalid values are not shown");
        assertEquals(4, e.getConstraintViolations().size());
        assertEquals(List.of(), store.calls);
    }

    @Test
    void oneInvalidEntityInABatchWritesNone() {
        assertThrows(EntityValidationException.class, () -> persister(validator).insertAll(List.of(valid(), invalid())));
        assertEquals(List.of(), store.calls);
    }

    @Test
    void updateSaveAndReplaceValidateToo() {
        User invalidWithId = invalid();
        assertThrows(EntityValidationException.class, () -> persister(validator).update(invalidWithId));
        assertThrows(EntityValidationException.class, () -> persister(validator).save(invalidWithId));
        assertThrows(EntityValidationException.class, () -> persister(validator).updateAll(List.of(invalidWithId)));
        assertThrows(EntityValidationException.class, () -> persister(validator).saveAll(List.of(invalidWithId)));
        assertEquals(List.of(), store.calls);
    }

    @Test
    void validEntitiesAreWritten() {
        persister(validator).insert(valid());
        assertEquals(List.of("insert 1"), store.calls);
    }

    @Test
    void groupsChooseTheConstraints() {
        try (EntityValidator strict = EntityValidator.enabled(Strict.class)) {
            EntityValidationException e = assertThrows(EntityValidationException.class, () -> persister(strict).insert(valid()));
            assertEquals(List.of("password"), e.violations().stream().map(EntityValidationException.Violation::propertyPath).toList());
            persister(strict).insert(invalid());
        }
        assertEquals(List.of("insert 1"), store.calls, "the Strict group ignores Default constraints");
        assertThrows(IllegalArgumentException.class, () -> EntityValidator.enabled(String.class));
    }

    @Test
    void validationCanBeTurnedOff() {
        EntityValidator off = EntityValidator.disabled();
        persister(off).insert(invalid());
        assertEquals(List.of("insert 1"), store.calls);
    }
}
