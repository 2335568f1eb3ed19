package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.query.PropertyPaths;
import io.connectmongodb.mapper.internal.query.SortKey;
import io.connectmongodb.mapper.internal.store.AsyncResults;
import io.connectmongodb.mapper.internal.store.DocumentCursor;
import io.connectmongodb.mapper.internal.store.DocumentStore;
import io.connectmongodb.mapper.internal.store.FindQuery;
import io.connectmongodb.mapper.internal.store.ListCursor;

import jakarta.data.Limit;
import jakarta.data.exceptions.EmptyResultException;
import jakarta.data.exceptions.NonUniqueResultException;
import jakarta.data.page.PageRequest;
import jakarta.data.page.impl.PageRecord;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonInt32;
import org.bson.BsonType;
import org.bson.BsonValue;

/**
 * Runs a {@link QueryPlan} with one call's arguments: count, exists, delete, distinct or find,
 * shaping found documents into the declared result (single, Optional, List, array, Stream,
 * Page, CursoredPage). Sorts are the static ones followed by the dynamic ones. A single-result
 * method fetches two documents to tell "one" from "more than one". Pages fetch one extra
 * document to know whether a next page exists; the total is counted only when the
 * PageRequest asks for it. {@link #executeAsync} does the same on the store's async calls for
 * every shape but Stream and distinct (single, Optional, List, array, Page, CursoredPage, count,
 * exists, delete), decoding when the documents arrive.
 */
final class QueryExecutor {
    private final EntityModel<?> model;
    private final DocumentStore store;
    private final ResultReader reader;
    private final PropertyPaths paths;
    private final KeysetPaging keyset;

    QueryExecutor(EntityModel<?> model, DocumentStore store, ResultReader reader, PropertyPaths paths) {
        this.model = model;
        this.store = store;
        this.reader = reader;
        this.paths = paths;
        this.keyset = new KeysetPaging(store, reader);
    }

    Object execute(QueryPlan plan, Object[] arguments) {
        BsonDocument filter = plan.filter().apply(plan.special().queryArguments(arguments));
        switch (plan.action()) {
            case COUNT:
                return number(plan.shape(), store.count(filter, 0, 0));
            case EXISTS:
                return store.count(filter, 0, 1) > 0;
            case DELETE:
                return number(plan.shape(), store.delete(filter, true));
            default:
                break;
        }
        if (plan.distinctField() != null) {
            return distinct(plan, filter);
        }
        List<SortKey> sort = new ArrayList<>(plan.staticSort());
        sort.addAll(plan.special().dynamicSorts(arguments, paths, model));
        BsonDocument projection = plan.projection() == null ? null : plan.projection().fields();
        PageRequest pageRequest = plan.special().pageRequest() < 0 ? null : (PageRequest) arguments[plan.special().pageRequest()];
        if (plan.special().pageRequest() >= 0 && pageRequest == null) {
            throw new IllegalArgumentException(plan.method() + ": the PageRequest argument must not be null");
        }
        ResultShape shape = plan.shape();
        if (shape.kind() == ResultShape.Kind.CURSORED_PAGE) {
            return keyset.page(filter, sort, projection, plan.projection(), pageRequest);
        }
        if (pageRequest != null && pageRequest.mode() != PageRequest.Mode.OFFSET) {
            throw new IllegalArgumentException(plan.method() + ": cursor-based PageRequests need a CursoredPage result");
        }
        long[] window = window(plan, arguments, pageRequest);
        long skip = window[0];
        int limit = (int) window[1];
        switch (shape.kind()) {
            case PAGE: {
                List<Object> content = fetch(filter, sort, projection, plan.projection(), skip, limit + 1);
                boolean more = content.size() > limit;
                if (more) {
                    content.remove(content.size() - 1);
                }
                long total = pageRequest.requestTotal() ? store.count(filter, 0, 0) : -1;
                return new PageRecord<>(pageRequest, content, total, more);
            }
            case SINGLE:
            case OPTIONAL: {
                List<Object> found = fetch(filter, sort, projection, plan.projection(), skip, limit == 1 ? 1 : 2);
                if (found.size() > 1) {
                    throw new NonUniqueResultException(plan.method() + " found more than one result for " + filter.toJson());
                }
                if (shape.kind() == ResultShape.Kind.OPTIONAL) {
                    return Optional.ofNullable(found.isEmpty() ? null : found.get(0));
                }
                if (found.isEmpty()) {
                    throw new EmptyResultException(plan.method() + " found no result for " + filter.toJson());
                }
                return found.get(0);
            }
            case STREAM:
                return stream(filter, sort, projection, plan.projection(), skip, limit);
            case ARRAY: {
                List<Object> found = fetch(filter, sort, projection, plan.projection(), skip, limit);
                return found.toArray((Object[]) Array.newInstance(shape.elementType(), found.size()));
            }
            default:
                return fetch(filter, sort, projection, plan.projection(), skip, limit);
        }
    }

    CompletableFuture<Object> executeAsync(QueryPlan plan, Object[] arguments) {
        BsonDocument filter = plan.filter().apply(plan.special().queryArguments(arguments));
        ResultShape shape = plan.shape();
        switch (plan.action()) {
            case COUNT:
                return AsyncResults.map(store.countAsync(filter, 0, 0), count -> number(shape, count));
            case EXISTS:
                return AsyncResults.map(store.countAsync(filter, 0, 1), count -> count > 0);
            case DELETE:
                return AsyncResults.map(store.deleteAsync(filter, true), count -> number(shape, count));
            default:
                break;
        }
        List<SortKey> sort = new ArrayList<>(plan.staticSort());
        sort.addAll(plan.special().dynamicSorts(arguments, paths, model));
        BsonDocument projection = plan.projection() == null ? null : plan.projection().fields();
        PageRequest pageRequest = plan.special().pageRequest() < 0 ? null : (PageRequest) arguments[plan.special().pageRequest()];
        if (plan.special().pageRequest() >= 0 && pageRequest == null) {
            throw new IllegalArgumentException(plan.method() + ": the PageRequest argument must not be null");
        }
        if (shape.kind() == ResultShape.Kind.CURSORED_PAGE) {
            return AsyncResults.map(keyset.pageAsync(filter, sort, projection, plan.projection(), pageRequest), page -> page);
        }
        if (pageRequest != null && pageRequest.mode() != PageRequest.Mode.OFFSET) {
            throw new IllegalArgumentException(plan.method() + ": cursor-based PageRequests need a CursoredPage result");
        }
        long[] window = window(plan, arguments, pageRequest);
        if (shape.kind() == ResultShape.Kind.PAGE) {
            return pageAsync(plan, filter, new FindQuery(filter, projection, sortDocument(sort), window[0], (int) window[1] + 1, 0,
                    SortKey.anyIgnoresCase(sort)),
                    pageRequest);
        }
        boolean single = shape.kind() == ResultShape.Kind.SINGLE || shape.kind() == ResultShape.Kind.OPTIONAL;
        int limit = single ? (window[1] == 1 ? 1 : 2) : (int) window[1];
        FindQuery query = new FindQuery(filter, projection, sortDocument(sort), window[0], limit, 0, SortKey.anyIgnoresCase(sort));
        return AsyncResults.map(store.findAsync(query), documents -> {
            List<Object> found = new ArrayList<>();
            reader.read(new ListCursor(documents), plan.projection()).forEachRemaining(found::add);
            if (!single) {
                return shape.kind() == ResultShape.Kind.ARRAY
                        ? found.toArray((Object[]) Array.newInstance(shape.elementType(), found.size())) : found;
            }
            if (found.size() > 1) {
                throw new NonUniqueResultException(plan.method() + " found more than one result for " + filter.toJson());
            }
            if (shape.kind() == ResultShape.Kind.OPTIONAL) {
                return Optional.ofNullable(found.isEmpty() ? null : found.get(0));
            }
            if (found.isEmpty()) {
                throw new EmptyResultException(plan.method() + " found no result for " + filter.toJson());
            }
            return found.get(0);
        });
    }

    /** An offset page: the find with one extra document, then the count only when the request asks for the total. */
    private CompletableFuture<Object> pageAsync(QueryPlan plan, BsonDocument filter, FindQuery query, PageRequest pageRequest) {
        return AsyncResults.compose(store.findAsync(query), documents -> {
            List<Object> content = new ArrayList<>();
            reader.read(new ListCursor(documents), plan.projection()).forEachRemaining(content::add);
            boolean more = content.size() > pageRequest.size();
            if (more) {
                content.remove(content.size() - 1);
            }
            CompletableFuture<Long> total = pageRequest.requestTotal() ? store.countAsync(filter, 0, 0)
                    : CompletableFuture.completedFuture(-1L);
            return AsyncResults.map(total, count -> new PageRecord<>(pageRequest, content, count, more));
        });
    }

    /** Skip and limit from the static limit, a Limit argument or an offset PageRequest (the last wins). */
    private static long[] window(QueryPlan plan, Object[] arguments, PageRequest pageRequest) {
        long skip = 0;
        int limit = plan.staticLimit();
        if (plan.special().limit() >= 0) {
            Limit given = (Limit) arguments[plan.special().limit()];
            if (given == null) {
                throw new IllegalArgumentException(plan.method() + ": the Limit argument must not be null");
            }
            skip = given.startAt() - 1;
            limit = given.maxResults();
        }
        if (pageRequest != null) {
            skip = (pageRequest.page() - 1) * (long) pageRequest.size();
            limit = pageRequest.size();
        }
        return new long[] {skip, limit};
    }

    private List<Object> fetch(BsonDocument filter, List<SortKey> sort, BsonDocument projection, Projection shape, long skip, int limit) {
        try (DocumentCursor cursor = store.find(new FindQuery(filter, projection, sortDocument(sort), skip, limit, 0,
                SortKey.anyIgnoresCase(sort)))) {
            List<Object> result = new ArrayList<>();
            reader.read(cursor, shape).forEachRemaining(result::add);
            return result;
        }
    }

    private Stream<Object> stream(BsonDocument filter, List<SortKey> sort, BsonDocument projection, Projection shape, long skip, int limit) {
        DocumentCursor cursor = store.find(new FindQuery(filter, projection, sortDocument(sort), skip, limit, 0,
                SortKey.anyIgnoresCase(sort)));
        Iterator<Object> results = reader.read(cursor, shape);
        Iterator<Object> closing = new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean next = results.hasNext();
                if (!next) {
                    cursor.close();
                }
                return next;
            }

            @Override
            public Object next() {
                return results.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(closing, 0), false).onClose(cursor::close);
    }

    private Object distinct(QueryPlan plan, BsonDocument filter) {
        List<Object> values = new ArrayList<>();
        for (BsonValue value : store.distinct(plan.distinctField().fieldPath(), filter)) {
            values.add(value.isNull() ? null : decodeValue(plan, value));
        }
        ResultShape shape = plan.shape();
        switch (shape.kind()) {
            case ARRAY:
                return values.toArray((Object[]) Array.newInstance(shape.elementType(), values.size()));
            case STREAM:
                return values.stream();
            default:
                return values;
        }
    }

    /**
     * Decodes one distinct value with the property's codec. For a list or array property the
     * server returns the elements, not the arrays, so each element is wrapped in a one-element
     * array, decoded as the property, and taken out again.
     */
    private static Object decodeValue(QueryPlan plan, BsonValue value) {
        if (plan.distinctField().isMultiValued()) {
            Object container = decodeAsProperty(plan, new BsonArray(List.of(value)));
            if (container instanceof java.util.Collection<?> collection) {
                return collection.iterator().next();
            }
            return container == null ? null : Array.get(container, 0);
        }
        return decodeAsProperty(plan, value);
    }

    private static Object decodeAsProperty(QueryPlan plan, BsonValue value) {
        BsonDocumentReader reader = new BsonDocumentReader(new BsonDocument("v", value));
        reader.readStartDocument();
        reader.readBsonType();
        reader.readName();
        if (reader.getCurrentBsonType() == BsonType.NULL) {
            return null;
        }
        Object decoded = plan.distinctField().leaf().codec().read(reader);
        return decoded instanceof Optional<?> optional ? optional.orElse(null) : decoded;
    }

    static BsonDocument sortDocument(List<SortKey> sort) {
        if (sort.isEmpty()) {
            return null;
        }
        BsonDocument document = new BsonDocument();
        for (SortKey key : sort) {
            if (!document.containsKey(key.fieldPath())) {
                document.append(key.fieldPath(), new BsonInt32(key.descending() ? -1 : 1));
            }
        }
        return document;
    }

    static Object number(ResultShape shape, long count) {
        switch (shape.kind()) {
            case COUNT_INT:
                return Math.toIntExact(count);
            case BOOLEAN:
                return count > 0;
            case VOID:
                return null;
            default:
                return count;
        }
    }
}
