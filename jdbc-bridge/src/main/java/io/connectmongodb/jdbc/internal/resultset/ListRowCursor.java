package io.connectmongodb.jdbc.internal.resultset;

import org.bson.BsonDocument;

import java.util.Iterator;
import java.util.List;

/** A {@link RowCursor} over rows already in memory: metadata result sets, computed rows and tests. */
public final class ListRowCursor implements RowCursor {

    private final Iterator<BsonDocument> rows;
    private boolean closed;

    public ListRowCursor(List<BsonDocument> rows) {
        this.rows = List.copyOf(rows).iterator();
    }

    @Override
    public BsonDocument next() {
        return !closed && rows.hasNext() ? rows.next() : null;
    }

    @Override
    public void close() {
        closed = true;
    }
}
