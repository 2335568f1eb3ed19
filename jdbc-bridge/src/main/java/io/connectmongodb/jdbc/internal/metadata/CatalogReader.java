package io.connectmongodb.jdbc.internal.metadata;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.error.MongoCommandException;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads what DatabaseMetaData lists: databases (falling back to the connection's database when the user may not list
 * them), collections and views with their table type, and indexes.
 */
final class CatalogReader {

    /** A collection or view. */
    record Table(String database, String name, String type) {
    }

    private final MongoClient client;
    private final String currentDatabase;

    CatalogReader(MongoClient client, String currentDatabase) {
        this.client = client;
        this.currentDatabase = currentDatabase;
    }

    List<String> databases() {
        TreeSet<String> names = new TreeSet<>();
        try {
            client.listDatabaseNames().forEach(names::add);
        } catch (MongoCommandException e) {
            if (e.code() != 13) {
                throw e;
            }
        }
        names.add(currentDatabase);
        return new ArrayList<>(names);
    }

    List<Table> tables(String database) {
        List<Table> tables = new ArrayList<>();
        for (Document collection : client.getDatabase(database).listCollections()) {
            String name = collection.getString("name");
            String type = "view".equals(collection.getString("type")) ? "VIEW"
                    : name.startsWith("system.") ? "SYSTEM TABLE" : "TABLE";
            tables.add(new Table(database, name, type));
        }
        tables.sort((a, b) -> a.name().compareTo(b.name()));
        return tables;
    }

    List<Document> indexes(String database, String collection) {
        MongoDatabase db = client.getDatabase(database);
        List<Document> indexes = new ArrayList<>();
        db.getCollection(collection).listIndexes().forEach(indexes::add);
        return indexes;
    }
}
