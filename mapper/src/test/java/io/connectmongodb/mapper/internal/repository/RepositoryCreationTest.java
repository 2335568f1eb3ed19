package io.connectmongodb.mapper.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.RepositoryDefinitionException;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.annotation.PartialUpdate;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.store.CountingSequenceStore;
import io.connectmongodb.mapper.internal.store.RecordingDocumentStore;
import io.connectmongodb.mapper.internal.validation.EntityValidator;

import jakarta.data.Limit;
import jakarta.data.page.Page;
import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Insert;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import java.time.Clock;
import java.util.List;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Repository creation analyses every method and fails naming each bad one and why; good ones run through the store. */
class RepositoryCreationTest {
    @Entity("people")
    record Person(@Id ObjectId id, String name, int age) {
    }

    record Nickname(String nickname) {
    }

    private final RecordingDocumentStore store = new RecordingDocumentStore();
    private final RepositoryFactory factory = new RepositoryFactory(new EntityModels(), EntityValidator.disabled(),
            type -> store, Clock.systemUTC(), CountingSequenceStore.allocator(), 100);

    private void assertRejected(Class<?> repository, String... fragments) {
        RepositoryDefinitionException e = assertThrows(RepositoryDefinitionException.class, () -> factory.create(repository));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' missing from: " + e.getMessage());
        }
    }

    interface NotAnnotated extends DataRepository<Person, ObjectId> {
    }

    @Repository
    interface UnknownMethod extends DataRepository<Person, ObjectId> {
        List<Person> fetchEveryone();
    }

    @Repository
    interface UnknownProperty extends DataRepository<Person, ObjectId> {
        List<Person> findByNmae(String name);
    }

    @Repository
    interface WrongParameterCount extends DataRepository<Person, ObjectId> {
        List<Person> findByNameAndAge(String name);
    }

    @Repository
    interface PageWithoutRequest extends DataRepository<Person, ObjectId> {
        Page<Person> findByName(String name);
    }

    @Repository
    interface CountReturningList extends DataRepository<Person, ObjectId> {
        List<Person> countByName(String name);
    }

    @Repository
    interface BadQueries extends DataRepository<Person, ObjectId> {
        @Query("WHERE nope = 1")
        List<Person> unknownProperty();

        @Query("WHERE name = ?2")
        List<Person> missingPositional(String name);

        @Query("WHERE name = :who")
        List<Person> missingNamed(String name);

        @Query("{name: ?1}")
        List<Person> missingJsonPlaceholder(String name);

        @Query("{name: ")
        List<Person> brokenJson();

        @PartialUpdate(filter = "{_id: ?0}", update = "{name: ?1}")
        long replacementNotOperators(ObjectId id, String name);

        @Insert
        void twoEntities(Person first, Person second);

        List<Person> findFirst3ByName(String name, Limit limit);

        List<Nickname> findByAge(int age);

        List<String> findDistinctByAge(int age);
    }

    @Repository
    interface NoEntity {
        List<String> names();
    }

    @Test
    void missingAnnotationAndEntity() {
        assertRejected(NotAnnotated.class, "@jakarta.data.repository.Repository");
        assertRejected(NoEntity.class, "cannot tell its entity type");
    }

    @Test
    void eachBadMethodIsNamedWithItsReason() {
        assertRejected(UnknownMethod.class, "fetchEveryone", "not a query");
        assertRejected(UnknownProperty.class, "findByNmae", "'Nmae'");
        assertRejected(WrongParameterCount.class, "findByNameAndAge", "needs 2 query parameters but the method has 1");
        assertRejected(PageWithoutRequest.class, "findByName", "PageRequest");
        assertRejected(CountReturningList.class, "countByName", "long or int");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertRejected(BadQueries.class, "unknownProperty: invalid JDQL", "'nope'",
                "missingPositional: the query uses ?2", "missingNamed: the query uses :who",
                "missingJsonPlaceholder: uses ?1", "brokenJson: invalid JSON",
                "replacementNotOperators: @PartialUpdate needs update operators",
                "twoEntities: @Insert methods take exactly one parameter",
                "findFirst3ByName: First/Top cannot be combined",
                "findByAge: projection Nickname.nickname matches no property",
                "findDistinctByAge: Distinct needs the property");
    }

    @Repository
    interface People extends BasicRepository<Person, ObjectId> {
        long countByAgeGreaterThan(int age);

        default long adults() {
            return countByAgeGreaterThan(17);
        }
    }

    @Test
    void goodRepositoryCallsGoThroughTheStore() {
        People people = factory.create(People.class);
        assertTrue(people.getClass().getName().contains("$$CmRepository$"));
        people.save(new Person(null, "Ann", 30));
        people.adults();
        assertEquals(List.of("insert 1", "count {\"age\": {\"$gt\": 17}}"), store.calls);
    }
}
