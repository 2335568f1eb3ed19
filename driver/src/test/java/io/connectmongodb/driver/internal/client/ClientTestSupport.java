package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.internal.connection.RecordingConnectionSource;
import org.bson.BsonDocument;
import org.bson.Document;

/** A client over a {@link RecordingConnectionSource}, and command assertions. */
final class ClientTestSupport {
    final RecordingConnectionSource source = new RecordingConnectionSource();
    final MongoClient client = new MongoClientImpl(MongoClientSettings.builder().build(), source);
    final MongoCollection<Document> collection = client.getDatabase("db").getCollection("c");

    static final String EMPTY_CURSOR = "{cursor: {id: NumberLong(0), ns: 'db.c', firstBatch: []}}";

    /** Asserts the only command sent equals {@code expectedJson}, command name first. */
    void assertOnlyCommand(String expectedJson) {
        BsonDocument expected = BsonDocument.parse(expectedJson);
        BsonDocument actual = source.onlySent().command();
        assertEquals(expected.getFirstKey(), actual.getFirstKey(), "command name");
        assertEquals(expected, actual);
    }

    void assertNothingSent() {
        assertEquals(0, source.sent().size(), () -> "expected no command but got " + source.sent());
    }
}
