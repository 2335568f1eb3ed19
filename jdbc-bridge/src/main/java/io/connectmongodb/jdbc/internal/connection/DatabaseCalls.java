package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.driver.AggregateIterable;
import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.FindIterable;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;

import java.util.List;

/**
 * The driver calls one statement makes, on the connection's current database and, while a JDBC transaction is open,
 * in its driver session (so each carries {@code lsid}, {@code txnNumber} and {@code autocommit: false}). Outside a
 * transaction the session is {@code null} and the plain driver methods run. Every statement path goes through here,
 * so that no write can escape the transaction it belongs to.
 */
final class DatabaseCalls {

    private final MongoDatabase database;
    private final ClientSession session;

    DatabaseCalls(MongoDatabase database, ClientSession session) {
        this.database = database;
        this.session = session;
    }

    String databaseName() {
        return database.getName();
    }

    BsonDocument runCommand(BsonDocument command) {
        return session == null ? database.runCommand(command, BsonDocument.class)
                : database.runCommand(session, command, BsonDocument.class);
    }

    FindIterable<BsonDocument> find(String collection, Bson filter) {
        MongoCollection<BsonDocument> target = collection(collection);
        return session == null ? target.find(filter) : target.find(session, filter);
    }

    AggregateIterable<BsonDocument> aggregate(String collection, List<? extends Bson> pipeline) {
        MongoCollection<BsonDocument> target = collection(collection);
        return session == null ? target.aggregate(pipeline) : target.aggregate(session, pipeline);
    }

    void insertMany(String collection, List<BsonDocument> documents) {
        MongoCollection<BsonDocument> target = collection(collection);
        if (session == null) {
            target.insertMany(documents);
        } else {
            target.insertMany(session, documents);
        }
    }

    long updateMany(String collection, Bson filter, Bson update) {
        MongoCollection<BsonDocument> target = collection(collection);
        return (session == null ? target.updateMany(filter, update) : target.updateMany(session, filter, update)).matchedCount();
    }

    long updateMany(String collection, Bson filter, List<? extends Bson> pipeline) {
        MongoCollection<BsonDocument> target = collection(collection);
        return (session == null ? target.updateMany(filter, pipeline) : target.updateMany(session, filter, pipeline))
                .matchedCount();
    }

    long deleteMany(String collection, Bson filter) {
        MongoCollection<BsonDocument> target = collection(collection);
        return (session == null ? target.deleteMany(filter) : target.deleteMany(session, filter)).deletedCount();
    }

    private MongoCollection<BsonDocument> collection(String name) {
        return database.getCollection(name, BsonDocument.class);
    }
}
