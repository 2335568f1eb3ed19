package io.connectmongodb.jdbc.internal.connection;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.jdbc.internal.schema.SchemaCache;

/**
 * One driver client shared by every JDBC connection opened with the same URL and credentials, with the schema cache
 * those connections share. Its reference count is guarded by {@link ClientRegistry}.
 */
public final class SharedClient {

    private final String key;
    private final MongoClient client;
    private final SchemaCache schemas;
    private int references;

    SharedClient(String key, MongoClient client, SchemaCache schemas) {
        this.key = key;
        this.client = client;
        this.schemas = schemas;
    }

    public MongoClient client() {
        return client;
    }

    public SchemaCache schemas() {
        return schemas;
    }

    String key() {
        return key;
    }

    int references() {
        return references;
    }

    void retain() {
        references++;
    }

    int release() {
        return --references;
    }
}
