package io.connectmongodb.driver.internal.cursor;

import io.connectmongodb.driver.MongoCursor;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A cursor over results that arrived whole in one reply (such as {@code listDatabases} or
 * {@code distinct}), so there is no server cursor. Fails after {@link #close()} like any cursor.
 */
public final class ListCursor<T> implements MongoCursor<T> {
    private final Iterator<T> iterator;
    private boolean closed;

    public ListCursor(List<T> results) {
        this.iterator = new java.util.ArrayList<>(results).iterator();
    }

    @Override
    public boolean hasNext() {
        ensureOpen();
        return iterator.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the cursor has no more results");
        }
        return iterator.next();
    }

    @Override
    public T tryNext() {
        return hasNext() ? iterator.next() : null;
    }

    @Override
    public Long getServerCursorId() {
        return null;
    }

    @Override
    public void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the cursor was closed and cannot be used any more");
        }
    }
}
