package io.connectmongodb.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.mapper.Mapper;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Field;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.testsupport.TestServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entities saved by the mapper are read by the official MongoDB Java driver as the expected
 * documents, field for field and type for type; documents written by the official driver load as
 * entities through the mapper.
 */
class MapperInteropIT {
    private static final String DB = "mapper_interop_it";

    public enum Tier { FREE, GOLD }

    public record Address(String city, @Field("zip") String postalCode) {
    }

    @Entity("customers")
    public record Customer(@Id ObjectId id, String name, Tier tier, BigDecimal balance, UUID externalId,
                           Instant since, Address address, List<String> tags, Map<String, Integer> scores) {
    }

    private static io.connectmongodb.driver.MongoClient ours;
    private static MongoClient official;
    private static Mapper mapper;

    @BeforeAll
    static void connect() {
        ours = MongoClients.create(TestServer.shared().uri());
        official = com.mongodb.client.MongoClients.create(TestServer.shared().uri());
        ours.getDatabase(DB).drop();
        mapper = Mapper.builder(ours.getDatabase(DB)).entities(Customer.class).build();
    }

    @AfterAll
    static void close() {
        mapper.close();
        ours.getDatabase(DB).drop();
        ours.close();
        official.close();
    }

    private static final ObjectId ID = new ObjectId("650000000000000000000001");
    private static final UUID EXTERNAL = UUID.fromString("3b241101-e2bb-4255-8caf-4136c566a962");
    private static final Instant SINCE = Instant.ofEpochMilli(1_700_000_000_123L);

    private static BsonDocument expectedDocument(ObjectId id) {
        return new BsonDocument("_id", new BsonObjectId(id))
                .append("name", new BsonString("Ada"))
                .append("tier", new BsonString("GOLD"))
                .append("balance", new BsonDecimal128(Decimal128.parse("1234.50")))
                .append("externalId", new BsonBinary(EXTERNAL, UuidRepresentation.STANDARD))
                .append("since", new BsonDateTime(SINCE.toEpochMilli()))
                .append("address", new BsonDocument("city", new BsonString("Oslo")).append("zip", new BsonString("0150")))
                .append("tags", new BsonArray(List.of(new BsonString("vip"), new BsonString("early"))))
                .append("scores", new BsonDocument("q1", new BsonInt32(7)).append("q2", new BsonInt32(9)));
    }

    private static Customer customer(ObjectId id) {
        return new Customer(id, "Ada", Tier.GOLD, new BigDecimal("1234.50"), EXTERNAL, SINCE,
                new Address("Oslo", "0150"), List.of("vip", "early"), Map.of("q1", 7, "q2", 9));
    }

    @Test
    void entitiesSavedByTheMapperReadAsTheExpectedDocumentsInTheOfficialDriver() {
        mapper.insert(customer(ID));
        BsonDocument stored = official.getDatabase(DB).getCollection("customers", BsonDocument.class)
                .find(new BsonDocument("_id", new BsonObjectId(ID))).first();
        BsonDocument expected = expectedDocument(ID);
        // maps keep no order of their own: compare the map field separately
        assertEquals(new java.util.HashMap<>(expected.getDocument("scores")), new java.util.HashMap<>(stored.getDocument("scores")));
        stored.remove("scores");
        expected.remove("scores");
        assertEquals(expected, stored);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(stored.keySet()), "field order");
    }

    @Test
    void documentsWrittenByTheOfficialDriverLoadAsEntities() {
        ObjectId id = new ObjectId("650000000000000000000002");
        official.getDatabase(DB).getCollection("customers", BsonDocument.class).insertOne(expectedDocument(id));
        Customer loaded = mapper.collection(Customer.class).find(new BsonDocument("_id", new BsonObjectId(id))).first();
        assertEquals(customer(id), loaded);
    }
}
