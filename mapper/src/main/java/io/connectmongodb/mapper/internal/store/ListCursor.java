package io.connectmongodb.mapper.internal.store;

import java.util.Iterator;
import java.util.List;

import org.bson.BsonDocument;

/** Documents already read (by an async find) seen as a cursor, so they decode like any other result. */
public final class ListCursor implements DocumentCursor {
    private final Iterator<BsonDocument> documents;

    public ListCursor(List<BsonDocument> documents) {
        this.documents = documents.iterator();
    }

    @Override
    public boolean hasNext() {
        return documents.hasNext();
    }

    @Override
    public BsonDocument next() {
        return documents.next();
    }

    /** Nothing to free: the server cursor was exhausted when the documents were read. */
    @Override
    public void close() {
    }
}
