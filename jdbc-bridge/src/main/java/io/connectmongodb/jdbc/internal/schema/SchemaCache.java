package io.connectmongodb.jdbc.internal.schema;

import io.connectmongodb.driver.MongoClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inferred schemas per database and collection, each reused for a time-to-live and then sampled again. Writes through
 * the bridge invalidate the written collection so that new columns show up at once.
 */
public final class SchemaCache {

    private record Entry(CollectionSchema schema, Instant expires) {
    }

    private final MongoClient client;
    private final int sampleSize;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public SchemaCache(MongoClient client, int sampleSize, Duration ttl, Clock clock) {
        this.client = client;
        this.sampleSize = sampleSize;
        this.ttl = ttl;
        this.clock = clock;
    }

    public CollectionSchema schema(String database, String collection) {
        String key = key(database, collection);
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.schema();
        }
        CollectionSchema schema = SchemaSampler.sample(client.getDatabase(database), collection, sampleSize);
        entries.put(key, new Entry(schema, now.plus(ttl)));
        return schema;
    }

    public void invalidate(String database, String collection) {
        entries.remove(key(database, collection));
    }

    private static String key(String database, String collection) {
        return database + '\u0000' + collection;
    }
}
