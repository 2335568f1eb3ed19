package io.connectmongodb.driver.internal.auth;

import org.bson.BsonDocument;

/**
 * Runs one command (already carrying {@code $db}) on the connection being authenticated and returns
 * its {@code ok: 1} reply, throwing {@link io.connectmongodb.driver.error.MongoCommandException} for
 * {@code ok: 0}. Keeps this package free of the connection layer that calls it.
 */
@FunctionalInterface
public interface SaslCommandRunner {
    BsonDocument run(BsonDocument command);
}
