package io.connectmongodb.driver.internal.compression;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The spec's list of commands that must never be compressed, and that ordinary commands are compressed. */
class UncompressibleCommandsTest {

    @ParameterizedTest
    @ValueSource(strings = {"hello", "isMaster", "ismaster", "saslStart", "saslContinue", "getnonce", "authenticate",
            "createUser", "updateUser", "copydbSaslStart", "copydbgetnonce", "copydb", "HELLO", "SaslStart"})
    void specListedCommandsAreNeverCompressed(String name) {
        assertTrue(UncompressibleCommands.isUncompressible(name));
        assertTrue(UncompressibleCommands.isUncompressible(
                new BsonDocument(name, new BsonInt32(1)).append("$db", new BsonString("admin"))));
    }

    @Test
    void helloCarryingSpeculativeAuthenticationIsNotCompressed() {
        BsonDocument hello = new BsonDocument("hello", new BsonInt32(1))
                .append("speculativeAuthenticate", new BsonDocument("saslStart", new BsonInt32(1)))
                .append("$db", new BsonString("admin"));
        assertTrue(UncompressibleCommands.isUncompressible(hello));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ping", "find", "insert", "update", "delete", "aggregate", "getMore", "endSessions",
            "dropUser", "usersInfo", "helloWorld", "logout"})
    void otherCommandsAreCompressed(String name) {
        assertFalse(UncompressibleCommands.isUncompressible(
                new BsonDocument(name, new BsonInt32(1)).append("$db", new BsonString("db"))));
    }

    @Test
    void theCommandNameIsTheFirstKeyOnly() {
        BsonDocument find = new BsonDocument("find", new BsonString("c"))
                .append("filter", new BsonDocument("saslStart", new BsonInt32(1)))
                .append("$db", new BsonString("db"));
        assertFalse(UncompressibleCommands.isUncompressible(find));
    }
}
