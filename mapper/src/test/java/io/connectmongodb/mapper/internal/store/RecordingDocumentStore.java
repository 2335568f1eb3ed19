package io.connectmongodb.mapper.internal.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * An in-memory {@link DocumentStore} that records every call. Filters are matched on top-level
 * equality only, enough for id/version filters; queries return every document in insertion order.
 */
public class RecordingDocumentStore implements DocumentStore {
    public final List<String> calls = new ArrayList<>();
    public final List<BsonDocument> documents = new ArrayList<>();

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
        return documents.stream().filter(matches(filter)).map(d -> d.get(fieldName)).distinct().toList();
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
