package io.connectmongodb.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.ConnectionString;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.event.CommandListener;
import io.connectmongodb.driver.event.CommandStartedEvent;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.annotation.Reference;
import io.connectmongodb.mapper.annotation.Version;
import io.connectmongodb.mapper.internal.store.DocumentCursor;
import io.connectmongodb.mapper.internal.store.DocumentStore;
import io.connectmongodb.mapper.internal.store.FindQuery;
import io.connectmongodb.testsupport.TestServer;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * References loaded in batches and optimistic locking under two concurrent updaters. The driver
 * has no command listener yet, so queries are counted by wrapping each collection's document store
 * (every find the mapper sends goes through it).
 */
class ReferencesAndLockingIT {
    @Entity("authors")
    record Author(@Id ObjectId id, String name) {
    }

    @Entity("books")
    record Book(@Id ObjectId id, String title, @Reference Author author, @Reference List<Author> reviewers,
                @Reference(lazy = true) Author editor) {
    }

    @Entity("accounts")
    record Account(@Id String id, long balance, @Version long version) {
    }

    @Repository
    interface Books extends BasicRepository<Book, ObjectId> {
        List<Book> findByTitleStartingWith(String prefix);
    }

    @Repository
    interface Authors extends CrudRepository<Author, ObjectId> {
    }

    @Repository
    interface Accounts extends CrudRepository<Account, String> {
    }

    private static final Map<String, AtomicInteger> FINDS = new ConcurrentHashMap<>();
    private static MongoClient client;
    private static MongoDatabase database;
    private static Mapper mapper;

    @BeforeAll
    static void connect() {
        // count the queries really sent, per collection, with the driver's command listener
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestServer.shared().uri()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if (event.commandName().equals("find") && event.databaseName().equals("mapper_references_it")) {
                            FINDS.computeIfAbsent(event.command().getString("find").getValue(), c -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                })
                .build());
        database = client.getDatabase("mapper_references_it");
        mapper = Mapper.builder(database).batchSize(100).build();
    }

    @AfterAll
    static void close() {
        database.drop();
        mapper.close();
        client.close();
    }

    @BeforeEach
    void clean() {
        database.getCollection("authors").drop();
        database.getCollection("books").drop();
        database.getCollection("accounts").drop();
        FINDS.clear();
    }

    @Test
    void hundredParentsWithReferencesTakeTwoQueries() {
        Authors authors = mapper.repository(Authors.class);
        Books books = mapper.repository(Books.class);
        List<Author> saved = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            saved.add(authors.insert(new Author(null, "author " + i)));
        }
        List<Book> toSave = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            toSave.add(new Book(null, "book " + i, saved.get(i % 10), List.of(saved.get((i + 1) % 10), saved.get((i + 2) % 10)),
                    saved.get(0)));
        }
        books.saveAll(toSave);
        FINDS.clear();

        List<Book> loaded = books.findByTitleStartingWith("book");

        assertEquals(100, loaded.size());
        assertEquals(1, FINDS.get("books").get(), "one query for the parents");
        assertEquals(1, FINDS.get("authors").get(), "one $in query for every referenced author of the batch");
        Book third = loaded.stream().filter(b -> b.title().equals("book 3")).findFirst().orElseThrow();
        assertEquals("author 3", third.author().name());
        assertEquals(List.of("author 4", "author 5"), third.reviewers().stream().map(Author::name).toList());
        assertEquals(saved.get(0).id(), third.editor().id());
        assertNull(third.editor().name(), "a lazy reference is an id-only instance");
        assertSame(loaded.get(0).author().getClass(), Author.class);
    }

    @Test
    void danglingReferencesReadAsNull() {
        Books books = mapper.repository(Books.class);
        Author ghost = new Author(new ObjectId(), "never saved");
        books.save(new Book(null, "orphan", ghost, List.of(), null));
        assertNull(books.findByTitleStartingWith("orphan").get(0).author());
    }

    @Test
    void twoConcurrentUpdatersOneWinsOneGetsOptimisticLockException() throws Exception {
        Accounts accounts = mapper.repository(Accounts.class);
        Account opened = accounts.insert(new Account("acc-1", 100, 0));
        assertEquals(1, opened.version());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (long amount : new long[] {10, 20}) {
                Account stale = accounts.findById("acc-1").orElseThrow();
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return accounts.update(new Account(stale.id(), stale.balance() + amount, stale.version()));
                    } catch (OptimisticLockException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            long winners = outcomes.stream().filter(Account.class::isInstance).count();
            long losers = outcomes.stream().filter(OptimisticLockException.class::isInstance).count();
            assertEquals(1, winners, outcomes.toString());
            assertEquals(1, losers, outcomes.toString());
            Account stored = accounts.findById("acc-1").orElseThrow();
            assertEquals(2, stored.version());
            Account winner = (Account) outcomes.stream().filter(Account.class::isInstance).findFirst().orElseThrow();
            assertEquals(winner.balance(), stored.balance());
            assertInstanceOf(jakarta.data.exceptions.OptimisticLockingFailureException.class,
                    outcomes.stream().filter(OptimisticLockException.class::isInstance).findFirst().orElseThrow());
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    /** Counts the finds sent per collection, delegating everything. */

}
