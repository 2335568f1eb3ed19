package io.connectmongodb.mapper.internal.store;

import java.util.Iterator;

import org.bson.BsonDocument;

/** Query results; closing frees the server cursor when iteration stops early. */
public interface DocumentCursor extends Iterator<BsonDocument>, AutoCloseable {
    @Override
    void close();
}
