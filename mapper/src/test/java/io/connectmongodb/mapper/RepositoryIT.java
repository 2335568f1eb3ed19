package io.connectmongodb.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.error.MongoTransactionNotSupportedException;
import io.connectmongodb.mapper.annotation.Aggregation;
import io.connectmongodb.mapper.annotation.CreatedAt;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.annotation.Indexed;
import io.connectmongodb.mapper.annotation.PartialUpdate;
import io.connectmongodb.mapper.annotation.UpdatedAt;
import io.connectmongodb.mapper.annotation.Version;
import io.connectmongodb.testsupport.TestServer;

import jakarta.data.Limit;
import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.exceptions.EmptyResultException;
import jakarta.data.page.CursoredPage;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.By;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Param;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Generated repositories against the embedded server (or MONGODB_URI): CRUD, queries, paging, streams, projections, pitfalls. */
class RepositoryIT {
    @Entity("users")
    record User(@Id ObjectId id, @NotBlank String name, String city, @Min(0) int age, @Indexed String email,
                @Version long version, @CreatedAt Instant created, @UpdatedAt Instant updated) {
        User with(int newAge) {
            return new User(id, name, city, newAge, email, version, created, updated);
        }
    }

    record NameOnly(String name) {
    }

    interface NameAndCity {
        String getName();

        String city();
    }

    record CityCount(@Id String city, int count) {
    }

    @Repository
    interface Users extends CrudRepository<User, ObjectId> {
        List<User> findByCityOrderByAgeAsc(String city);

        List<User> findByCity(String city, Sort<User> sort);

        Page<User> findByAgeGreaterThan(int age, PageRequest pageRequest);

        CursoredPage<User> findByAgeGreaterThanEqual(int age, PageRequest pageRequest, Order<User> order);

        long countByCity(String city);

        boolean existsByName(String name);

        long deleteByCity(String city);

        Stream<User> streamByAgeLessThan(int age);

        Optional<User> findFirstByCityOrderByAgeDesc(String city);

        User findByName(String name);

        User[] findByAgeBetween(int low, int high, Limit limit);

        List<NameOnly> findNamesByCity(String city);

        List<NameAndCity> findByNameStartingWith(String prefix);

        List<String> findDistinctCityByAgeGreaterThan(int age);

        @Find
        @OrderBy(value = "age", descending = true)
        List<User> livingIn(@By("city") String city);

        @Delete
        int removeFrom(@By("city") String city);

        @Query("WHERE age >= ?1 AND city = :city ORDER BY age")
        List<User> adultsIn(int minimumAge, @Param("city") String city);

        @Query("SELECT COUNT(THIS) FROM User WHERE age < ?1")
        long countYoungerThan(int age);

        @Query("UPDATE User SET age = age + 1 WHERE city = ?1")
        long ageEveryoneIn(String city);

        @Query("{city: ?0, age: {$gt: ?1}}")
        List<User> jsonQuery(String city, int age);

        @Aggregation({"{$match: {age: {$gte: ?0}}}", "{$group: {_id: '$city', count: {$sum: 1}}}", "{$sort: {_id: 1}}"})
        List<CityCount> cityCounts(int minimumAge);

        @PartialUpdate(filter = "{name: ?0}", update = "{$set: {city: ?1}}")
        long move(String name, String city);

        CompletableFuture<List<User>> findByEmail(String email);

        default List<User> everyoneIn(String city) {
            return livingIn(city);
        }
    }

    private static MongoClient client;
    private static MongoDatabase database;
    private static Mapper mapper;
    private static Users users;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestServer.shared().uri());
        database = client.getDatabase("mapper_repository_it");
        mapper = Mapper.builder(client, "mapper_repository_it").entities(User.class).build();
        users = mapper.repository(Users.class);
    }

    @AfterAll
    static void close() {
        database.drop();
        mapper.close();
        client.close();
    }

    @BeforeEach
    void clean() {
        database.getCollection("users").drop();
    }

    private static User user(String name, String city, int age) {
        return new User(null, name, city, age, name.toLowerCase() + "@example.com", 0, null, null);
    }

    private static void seed() {
        users.insertAll(List.of(user("Ann", "Paris", 31), user("Bob", "Paris", 17), user("Cid", "Lyon", 45),
                user("Dee", "Lyon", 22), user("Eve", "Nice", 8)));
    }

    @Test
    void crud() {
        User saved = users.save(user("Ann", "Paris", 31));
        assertNotNull(saved.id());
        assertEquals(1, saved.version());
        assertNotNull(saved.created());
        assertEquals(saved, users.findById(saved.id()).orElseThrow());
        User older = users.update(saved.with(32));
        assertEquals(2, older.version());
        assertEquals(32, users.findById(saved.id()).orElseThrow().age());
        assertEquals(1, users.findAll().count());
        users.delete(older);
        assertTrue(users.findById(saved.id()).isEmpty());
        users.deleteById(new ObjectId());
        assertThrows(EntityValidationException.class, () -> users.insert(user(" ", "Paris", 1)));
        assertEquals(0, users.findAll().count(), "nothing written on a violation");
    }

    @Test
    void rawDocumentsMatchTheMapping() {
        User saved = users.insert(user("Ann", "Paris", 31));
        Document stored = database.getCollection("users").find().first();
        assertEquals(saved.id(), stored.getObjectId("_id"));
        assertEquals(List.of("_id", "name", "city", "age", "email", "version", "created", "updated"), List.copyOf(stored.keySet()));
        assertEquals(1L, stored.getLong("version"));
        database.getCollection("users").insertOne(new Document("_id", new ObjectId()).append("name", "Raw").append("age", 5));
        User raw = users.findByName("Raw");
        assertEquals(5, raw.age());
        assertNull(raw.city());
        assertEquals(saved, mapper.collection(User.class).find(new Document("name", "Ann")).first());
        mapper.collection(User.class).insertOne(user("Fay", "Nice", 40));
        assertNotNull(users.findByName("Fay").id(), "a raw driver insert gets a generated id from the entity codec");
    }

    @Test
    void derivedQueriesAndSorts() {
        seed();
        assertEquals(List.of("Bob", "Ann"), users.findByCityOrderByAgeAsc("Paris").stream().map(User::name).toList());
        assertEquals(List.of("Ann", "Bob"), users.findByCity("Paris", Sort.desc("age")).stream().map(User::name).toList(),
                "the Sort parameter is applied, not ignored");
        assertEquals(List.of("Bob", "Ann"), users.findByCity("Paris", Sort.asc("age")).stream().map(User::name).toList());
        assertEquals(2, users.countByCity("Lyon"));
        assertTrue(users.existsByName("Eve"));
        assertFalse(users.existsByName("Zed"));
        assertEquals("Ann", users.findFirstByCityOrderByAgeDesc("Paris").orElseThrow().name());
        assertThrows(EmptyResultException.class, () -> users.findByName("Zed"));
        User[] between = users.findByAgeBetween(10, 40, Limit.of(2));
        assertEquals(2, between.length);
        assertEquals(List.of("Lyon", "Paris"), users.findDistinctCityByAgeGreaterThan(20).stream().sorted().toList());
        assertEquals(List.of("Cid", "Dee"), users.livingIn("Lyon").stream().map(User::name).toList());
        assertEquals(List.of("Cid", "Dee"), users.everyoneIn("Lyon").stream().map(User::name).toList());
    }

    @Test
    void deleteReturnsTheDeletedCount() {
        seed();
        assertEquals(2L, users.deleteByCity("Paris"));
        assertEquals(2, users.removeFrom("Lyon"));
        assertEquals(0L, users.deleteByCity("Paris"));
        assertEquals(1, users.findAll().count());
    }

    @Test
    void derivedPageReturnsAPageWithTotalsOnlyWhenAsked() {
        seed();
        Page<User> first = users.findByAgeGreaterThan(10, PageRequest.ofSize(2));
        assertInstanceOf(Page.class, first);
        assertEquals(2, first.numberOfElements());
        assertTrue(first.hasTotals());
        assertEquals(4, first.totalElements());
        assertEquals(2, first.totalPages());
        assertTrue(first.hasNext());
        Page<User> second = users.findByAgeGreaterThan(10, first.nextPageRequest());
        assertEquals(2, second.numberOfElements());
        assertFalse(second.hasNext());
        Page<User> untotalled = users.findByAgeGreaterThan(10, PageRequest.ofSize(3).withoutTotal());
        assertFalse(untotalled.hasTotals());
        assertTrue(untotalled.hasNext());
        Page<User> all = users.findAll(PageRequest.ofSize(10), Order.by(Sort.asc("age")));
        assertEquals(List.of("Eve", "Bob", "Dee", "Ann", "Cid"), all.content().stream().map(User::name).toList());
    }

    @Test
    void cursoredPagesGoForwardAndBack() {
        seed();
        Order<User> byAge = Order.by(Sort.asc("age"));
        CursoredPage<User> first = users.findByAgeGreaterThanEqual(0, PageRequest.ofSize(2), byAge);
        assertEquals(List.of("Eve", "Bob"), first.content().stream().map(User::name).toList());
        assertEquals(5, first.totalElements());
        assertFalse(first.hasPrevious());
        CursoredPage<User> second = users.findByAgeGreaterThanEqual(0, first.nextPageRequest(), byAge);
        assertEquals(List.of("Dee", "Ann"), second.content().stream().map(User::name).toList());
        CursoredPage<User> third = users.findByAgeGreaterThanEqual(0, second.nextPageRequest(), byAge);
        assertEquals(List.of("Cid"), third.content().stream().map(User::name).toList());
        assertFalse(third.hasNext());
        CursoredPage<User> back = users.findByAgeGreaterThanEqual(0, third.previousPageRequest(), byAge);
        assertEquals(List.of("Dee", "Ann"), back.content().stream().map(User::name).toList());
        CursoredPage<User> start = users.findByAgeGreaterThanEqual(0, back.previousPageRequest(), byAge);
        assertEquals(List.of("Eve", "Bob"), start.content().stream().map(User::name).toList());
        assertFalse(start.hasPrevious());
    }

    @Test
    void streamsAreLazyAndClosable() {
        seed();
        try (Stream<User> young = users.streamByAgeLessThan(30)) {
            assertEquals(3, young.count());
        }
        try (Stream<User> young = users.streamByAgeLessThan(30)) {
            assertTrue(young.findFirst().isPresent(), "closing early releases the cursor");
        }
    }

    @Test
    void projectionsToRecordsAndInterfaces() {
        seed();
        assertEquals(List.of("Ann", "Bob"), users.findNamesByCity("Paris").stream().map(NameOnly::name).sorted().toList());
        List<NameAndCity> projected = users.findByNameStartingWith("C");
        assertEquals(1, projected.size());
        assertEquals("Cid", projected.get(0).getName());
        assertEquals("Lyon", projected.get(0).city());
    }

    @Test
    void queriesAggregationsAndPartialUpdates() {
        seed();
        assertEquals(List.of("Dee", "Cid"), users.adultsIn(18, "Lyon").stream().map(User::name).toList());
        assertEquals(2, users.countYoungerThan(18));
        assertEquals(2, users.ageEveryoneIn("Lyon"));
        assertEquals(46, users.findByName("Cid").age());
        assertEquals(List.of("Ann"), users.jsonQuery("Paris", 20).stream().map(User::name).toList());
        assertEquals(List.of(new CityCount("Lyon", 2), new CityCount("Paris", 1)), users.cityCounts(20));
        assertEquals(1, users.move("Eve", "Paris"));
        assertEquals("Paris", users.findByName("Eve").city());
    }

    @Test
    void transactionsFailAtOnceWithTheDriversTypedError() {
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
        assertThrows(MongoTransactionNotSupportedException.class, () -> mapper.inTransaction(tx -> {
            ran.set(true);
            return users.save(user("X", "Y", 1));
        }));
        assertThrows(MongoTransactionNotSupportedException.class, mapper::beginTransaction);
        assertFalse(ran.get(), "the callback did not run");
        assertEquals(0, users.findAll().count(), "nothing was written");
        users.save(user("Z", "Y", 1));
        assertEquals(1, users.findAll().count(), "no session stays bound after the failure");
    }

    @Test
    void ensureIndexesCreatesTheAnnotatedIndexes() {
        users.insert(user("Ann", "Paris", 1));
        mapper.ensureIndexes();
        List<String> keys = database.getCollection("users").listIndexes().map(index -> ((Document) index.get("key")).toJson()).into(new java.util.ArrayList<>());
        assertTrue(keys.stream().anyMatch(key -> key.contains("\"email\": 1")), keys.toString());
    }
}
