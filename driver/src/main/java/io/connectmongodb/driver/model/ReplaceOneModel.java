package io.connectmongodb.driver.model;

import org.bson.conversions.Bson;

/** Replaces the first document matching a filter. */
public final class ReplaceOneModel<T> extends WriteModel<T> {
    private final Bson filter;
    private final T replacement;
    private final ReplaceOptions options;

    public ReplaceOneModel(Bson filter, T replacement) {
        this(filter, replacement, new ReplaceOptions());
    }

    public ReplaceOneModel(Bson filter, T replacement, ReplaceOptions options) {
        if (filter == null || replacement == null || options == null) {
            throw new IllegalArgumentException("filter, replacement and options must not be null");
        }
        this.filter = filter;
        this.replacement = replacement;
        this.options = options;
    }

    public Bson getFilter() {
        return filter;
    }

    public T getReplacement() {
        return replacement;
    }

    public ReplaceOptions getOptions() {
        return options;
    }

    @Override
    public String toString() {
        return "ReplaceOneModel{filter=" + filter + ", replacement=" + replacement + "}";
    }
}
