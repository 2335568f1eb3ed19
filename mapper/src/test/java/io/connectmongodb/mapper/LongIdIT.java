package io.connectmongodb.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.testsupport.TestServer;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Long ids generated from the mapper_sequences counters on the embedded server, by concurrent mappers. */
class LongIdIT {
    private static final String DATABASE = "mapper_long_id_it";

    @Entity("tickets")
    record Ticket(@Id Long id, String subject) {
    }

    @Repository
    interface Tickets extends CrudRepository<Ticket, Long> {
    }

    private static MongoClient client;
    private static MongoDatabase database;

    @BeforeAll
    static void start() {
        client = MongoClients.create(TestServer.shared().uri());
        database = client.getDatabase(DATABASE);
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @BeforeEach
    void clean() {
        database.getCollection("tickets").deleteMany(new Document());
        database.getCollection("mapper_sequences").deleteMany(new Document());
    }

    @Test
    void idsFollowTheCounterDocumentOfTheCollection() {
        try (Mapper mapper = Mapper.builder(client, DATABASE).build()) {
            Tickets tickets = mapper.repository(Tickets.class);
            assertEquals(1L, tickets.insert(new Ticket(null, "first")).id());
            assertEquals(2L, tickets.save(new Ticket(null, "second")).id());
            assertEquals(3L, mapper.insert(new Ticket(null, "third")).id());
            assertEquals(100L, tickets.insert(new Ticket(100L, "assigned")).id());
            BsonDocument counter = database.getCollection("mapper_sequences", BsonDocument.class)
                    .find(new Document("_id", "tickets")).first();
            assertEquals(3L, counter.getNumber("value").longValue());
            assertEquals(4L, database.getCollection("tickets").countDocuments());
        }
    }

    /**
     * Needs a real server: the embedded mongo-java-server applies findAndModify as an unsynchronized
     * read-modify-write, so two concurrent {@code $inc}s can return the same value there.
     */
    @Test
    @io.connectmongodb.testsupport.Requires(io.connectmongodb.testsupport.Capability.REAL_SERVER)
    void concurrentMappersWithBlocksNeverCollide() throws Exception {
        int writers = 3;
        int perWriter = 40;
        List<Mapper> mappers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Mapper mapper = Mapper.builder(client, DATABASE).longIdBlockSize(7).build();
                mappers.add(mapper);
                Tickets tickets = mapper.repository(Tickets.class);
                futures.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < perWriter; i++) {
                        ids.add(tickets.insert(new Ticket(null, "t" + i)).id());
                    }
                    return ids;
                }));
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> future : futures) {
                for (Long id : future.get(60, TimeUnit.SECONDS)) {
                    assertTrue(all.add(id), "id " + id + " was generated twice");
                }
            }
            assertEquals(writers * perWriter, all.size());
            assertEquals(writers * perWriter, database.getCollection("tickets").countDocuments());
        } finally {
            pool.shutdownNow();
            mappers.forEach(Mapper::close);
        }
    }
}
