package io.connectmongodb.mapper.internal.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * An in-memory {@link DocumentStore} that records every call. Filters are matched on top-level
 * equality only, enough for id/version filters; queries return every document in insertion order.
 * Async calls stay pending (nothing runs) until {@link #releaseAsync()}, which proves the caller's
 * thread is not blocked; {@link #failAsync} makes the released calls fail instead.
 */
public class RecordingDocumentStore implements DocumentStore {
    public final List<String> calls = new ArrayList<>();
    public final List<BsonDocument> documents = new ArrayList<>();
    /** Every FindQuery received, sync or async, in order. */
    public final List<FindQuery> queries = new ArrayList<>();
    private final List<Runnable> pendingAsync = new ArrayList<>();
    private Throwable asyncFailure;

    /** Runs the pending async calls, completing their futures. */
    public void releaseAsync() {
        List<Runnable> pending = new ArrayList<>(pendingAsync);
        pendingAsync.clear();
        pending.forEach(Runnable::run);
    }

    public int pendingAsyncCount() {
        return pendingAsync.size();
    }

    /** Released async calls fail with {@code failure} (unwrapped, as the driver completes them). */
    public void failAsync(Throwable failure) {
        this.asyncFailure = failure;
    }

    @Override
    public CompletableFuture<Void> insertAsync(List<BsonDocument> inserted) {
        return pending("insertAsync " + inserted.size(), () -> {
            insert(inserted);
            return null;
        });
    }

    @Override
    public CompletableFuture<Long> replaceOneAsync(BsonDocument filter, BsonDocument replacement, boolean upsert) {
        return pending("replaceOneAsync " + filter.toJson(), () -> replaceOne(filter, replacement, upsert));
    }

    @Override
    public CompletableFuture<Long> deleteAsync(BsonDocument filter, boolean multi) {
        return pending("deleteAsync " + filter.toJson(), () -> delete(filter, multi));
    }

    @Override
    public CompletableFuture<List<BsonDocument>> findAsync(FindQuery query) {
        queries.add(query);
        return pending("findAsync " + query.filter().toJson() + " limit " + query.limit(), () -> {
            List<BsonDocument> found = new ArrayList<>(documents.stream().filter(matches(query.filter())).toList());
            return query.limit() > 0 && found.size() > query.limit() ? found.subList(0, query.limit()) : found;
        });
    }

    @Override
    public CompletableFuture<Long> countAsync(BsonDocument filter, long skip, long limit) {
        return pending("countAsync " + filter.toJson() + " limit " + limit, () -> {
            long count = documents.stream().filter(matches(filter)).count();
            return limit > 0 ? Math.min(count, limit) : count;
        });
    }

    private <T> CompletableFuture<T> pending(String call, Supplier<T> work) {
        calls.add(call);
        CompletableFuture<T> future = new CompletableFuture<>();
        pendingAsync.add(() -> {
            if (asyncFailure != null) {
                future.completeExceptionally(asyncFailure);
            } else {
                future.complete(work.get());
            }
        });
        return future;
    }

    @Override
    public String collectionName() {
        return "recorded";
    }

    @Override
    public void insert(List<BsonDocument> inserted) {
        calls.add("insert " + inserted.size());
        documents.addAll(inserted);
    }

    @Override
    public long replaceOne(BsonDocument filter, BsonDocument replacement, boolean upsert) {
        calls.add("replaceOne " + filter.toJson() + (upsert ? " upsert" : ""));
        for (int i = 0; i < documents.size(); i++) {
            if (matches(filter).test(documents.get(i))) {
                documents.set(i, replacement);
                return 1;
            }
        }
        if (upsert) {
            documents.add(replacement);
            return 1;
        }
        return 0;
    }

    @Override
    public long update(BsonDocument filter, BsonDocument update, boolean multi) {
        calls.add("update " + filter.toJson() + " " + update.toJson());
        return documents.stream().filter(matches(filter)).count();
    }

    @Override
    public long delete(BsonDocument filter, boolean multi) {
        calls.add("delete " + filter.toJson());
        int before = documents.size();
        Predicate<BsonDocument> match = matches(filter);
        if (multi) {
            documents.removeIf(match);
        } else {
            for (int i = 0; i < documents.size(); i++) {
                if (match.test(documents.get(i))) {
                    documents.remove(i);
                    break;
                }
            }
        }
        return before - documents.size();
    }

    @Override
    public DocumentCursor find(FindQuery query) {
        calls.add("find " + query.filter().toJson());
        queries.add(query);
        Iterator<BsonDocument> iterator = new ArrayList<>(documents).stream().filter(matches(query.filter())).iterator();
        return new DocumentCursor() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public BsonDocument next() {
                return iterator.next();
            }

            @Override
            public void close() {
                calls.add("close");
            }
        };
    }

    @Override
    public long count(BsonDocument filter, long skip, long limit) {
        calls.add("count " + filter.toJson());
        return documents.stream().filter(matches(filter)).count();
    }

    @Override
    public List<BsonValue> distinct(String fieldName, BsonDocument filter) {
        calls.add("distinct " + fieldName);
        // as the server does, an array field contributes its elements
        return documents.stream().filter(matches(filter)).map(d -> d.get(fieldName))
                .flatMap(value -> value != null && value.isArray() ? value.asArray().stream() : java.util.stream.Stream.of(value))
                .distinct().toList();
    }

    @Override
    public DocumentCursor aggregate(List<BsonDocument> pipeline) {
        throw new UnsupportedOperationException("the recording store does not aggregate");
    }

    @Override
    public void createIndex(BsonDocument keys, BsonDocument options) {
        calls.add("createIndex " + keys.toJson() + " " + options.toJson());
    }

    private static Predicate<BsonDocument> matches(BsonDocument filter) {
        return document -> filter.entrySet().stream().allMatch(e -> e.getValue().equals(document.get(e.getKey())));
    }
}
