package io.connectmongodb.driver.model;

import org.bson.conversions.Bson;

/** One index to create: its keys (such as {@code {a: 1, b: -1}}) and its options. */
public final class IndexModel {
    private final Bson keys;
    private final IndexOptions options;

    public IndexModel(Bson keys) {
        this(keys, new IndexOptions());
    }

    public IndexModel(Bson keys, IndexOptions options) {
        if (keys == null) {
            throw new IllegalArgumentException("index keys must not be null");
        }
        if (options == null) {
            throw new IllegalArgumentException("index options must not be null");
        }
        this.keys = keys;
        this.options = options;
    }

    public Bson getKeys() {
        return keys;
    }

    public IndexOptions getOptions() {
        return options;
    }
}
