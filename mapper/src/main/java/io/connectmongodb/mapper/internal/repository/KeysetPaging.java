package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.internal.query.SortKey;
import io.connectmongodb.mapper.internal.store.AsyncResults;
import io.connectmongodb.mapper.internal.store.DocumentCursor;
import io.connectmongodb.mapper.internal.store.DocumentStore;
import io.connectmongodb.mapper.internal.store.FindQuery;

import jakarta.data.page.CursoredPage;
import jakarta.data.page.PageRequest;
import jakarta.data.page.impl.CursoredPageRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonValue;

/**
 * Keyset ("cursor") pagination for {@link CursoredPage} results.
 *
 * <p>The sort keys are the method's sorts plus {@code _id} ascending as a tie-breaker, so every
 * document has a unique position. A page's cursors are the stored values of those keys for each
 * result. The page after a cursor (v1..vn) matches
 * {@code k1 > v1 OR (k1 = v1 AND k2 > v2) OR ...} (with {@code <} for descending keys); the page
 * before a cursor uses the opposite comparisons and the reversed sort, and its results are
 * reversed back. One extra document is fetched to know whether the page has a successor in the
 * direction of travel. {@link #pageAsync} runs the same find (and count) on the store's async calls.
 */
final class KeysetPaging {
    private final DocumentStore store;
    private final ResultReader reader;

    KeysetPaging(DocumentStore store, ResultReader reader) {
        this.store = store;
        this.reader = reader;
    }

    CursoredPage<Object> page(BsonDocument filter, List<SortKey> sort, BsonDocument projection, Projection shape,
                              PageRequest request) {
        Window window = window(filter, sort, projection, request);
        List<BsonDocument> documents = new ArrayList<>();
        try (DocumentCursor cursor = store.find(window.query())) {
            while (cursor.hasNext()) {
                documents.add(cursor.next());
            }
        }
        long total = request.requestTotal() ? store.count(filter, 0, 0) : -1;
        return assemble(window, documents, shape, total);
    }

    /** {@link #page} on the store's async calls: the find, then the count only when the request asks for the total. */
    CompletableFuture<CursoredPage<Object>> pageAsync(BsonDocument filter, List<SortKey> sort, BsonDocument projection,
                                                      Projection shape, PageRequest request) {
        Window window = window(filter, sort, projection, request);
        return AsyncResults.compose(store.findAsync(window.query()), documents -> {
            CompletableFuture<Long> total = request.requestTotal() ? store.countAsync(filter, 0, 0)
                    : CompletableFuture.completedFuture(-1L);
            return AsyncResults.map(total, count -> assemble(window, documents, shape, count));
        });
    }

    /** The find of one page: the position filter, the sort with the tie-breaker, one extra document. */
    private record Window(FindQuery query, List<SortKey> keys, boolean backwards, PageRequest request) {
    }

    private static Window window(BsonDocument filter, List<SortKey> sort, BsonDocument projection, PageRequest request) {
        List<SortKey> keys = new ArrayList<>(sort);
        if (keys.stream().noneMatch(key -> key.fieldPath().equals("_id"))) {
            keys.add(new SortKey("_id", false));
        }
        boolean backwards = request.mode() == PageRequest.Mode.CURSOR_PREVIOUS;
        BsonDocument query = filter;
        long skip = 0;
        if (request.mode() == PageRequest.Mode.OFFSET) {
            skip = (request.page() - 1) * (long) request.size();
        } else {
            PageRequest.Cursor cursor = request.cursor().orElseThrow();
            if (cursor.size() != keys.size()) {
                throw new IllegalArgumentException("the cursor has " + cursor.size() + " values but the sort has "
                        + keys.size() + " keys (" + keys + ", _id included)");
            }
            BsonDocument position = position(keys, cursor, backwards);
            query = filter.isEmpty() ? position : new BsonDocument("$and", new BsonArray(List.of(filter, position)));
        }
        BsonDocument sortDocument = new BsonDocument();
        for (SortKey key : keys) {
            sortDocument.append(key.fieldPath(), new BsonInt32(key.descending() != backwards ? -1 : 1));
        }
        BsonDocument fetchedFields = projection == null ? null : withKeys(projection, keys);
        return new Window(new FindQuery(query, fetchedFields, sortDocument, skip, request.size() + 1, 0,
                SortKey.anyIgnoresCase(keys)), keys, backwards, request);
    }

    private CursoredPage<Object> assemble(Window window, List<BsonDocument> fetched, Projection shape, long total) {
        PageRequest request = window.request();
        List<BsonDocument> documents = new ArrayList<>(fetched);
        boolean more = documents.size() > request.size();
        if (more) {
            documents.remove(documents.size() - 1);
        }
        if (window.backwards()) {
            Collections.reverse(documents);
        }
        List<PageRequest.Cursor> cursors = new ArrayList<>();
        for (BsonDocument document : documents) {
            cursors.add(new BsonCursor(window.keys().stream().map(key -> valueAt(document, key.fieldPath())).toList()));
        }
        List<Object> content = new ArrayList<>();
        if (shape == null) {
            content.addAll(reader.decodeBatch(documents));
        } else {
            documents.forEach(document -> content.add(shape.read(document)));
        }
        PageRequest next = null;
        PageRequest previous = null;
        if (!documents.isEmpty()) {
            boolean backwards = window.backwards();
            boolean hasNext = backwards || more;
            boolean hasPrevious = backwards ? more : request.mode() != PageRequest.Mode.OFFSET || request.page() > 1;
            if (hasNext) {
                next = PageRequest.afterCursor(cursors.get(cursors.size() - 1), request.page() + 1, request.size(), request.requestTotal());
            }
            if (hasPrevious) {
                previous = PageRequest.beforeCursor(cursors.get(0), Math.max(1, request.page() - 1), request.size(), request.requestTotal());
            }
        }
        return new CursoredPageRecord<>(content, cursors, total, request, next, previous);
    }

    private static BsonDocument position(List<SortKey> keys, PageRequest.Cursor cursor, boolean backwards) {
        BsonArray alternatives = new BsonArray();
        for (int i = 0; i < keys.size(); i++) {
            BsonDocument alternative = new BsonDocument();
            for (int j = 0; j < i; j++) {
                alternative.append(keys.get(j).fieldPath(), bson(cursor.get(j)));
            }
            boolean greater = keys.get(i).descending() == backwards;
            alternative.append(keys.get(i).fieldPath(), new BsonDocument(greater ? "$gt" : "$lt", bson(cursor.get(i))));
            alternatives.add(alternative);
        }
        return alternatives.size() == 1 ? alternatives.get(0).asDocument() : new BsonDocument("$or", alternatives);
    }

    private static BsonValue bson(Object value) {
        if (value instanceof BsonValue bsonValue) {
            return bsonValue;
        }
        throw new IllegalArgumentException("this cursor was not produced by the mapper: its values must be the BSON "
                + "values of a CursoredPage, but got " + (value == null ? "null" : value.getClass().getName()));
    }

    private static BsonDocument withKeys(BsonDocument projection, List<SortKey> keys) {
        BsonDocument fields = projection.clone();
        for (SortKey key : keys) {
            fields.put(key.fieldPath(), new BsonInt32(1));
        }
        return fields;
    }

    private static BsonValue valueAt(BsonDocument document, String path) {
        BsonValue current = document;
        for (String segment : path.split("\\.")) {
            if (current == null || !current.isDocument()) {
                return BsonNull.VALUE;
            }
            current = current.asDocument().get(segment);
        }
        return current == null ? BsonNull.VALUE : current;
    }

    /** A cursor holding the BSON values of the sort keys of one result. */
    record BsonCursor(List<BsonValue> elements) implements PageRequest.Cursor {
        @Override
        public Object get(int index) {
            return elements.get(index);
        }

        @Override
        public int size() {
            return elements.size();
        }
    }
}
