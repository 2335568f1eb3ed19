package io.connectmongodb.driver.model;

import org.bson.conversions.Bson;

/** Deletes every document matching a filter. */
public final class DeleteManyModel<T> extends WriteModel<T> {
    private final Bson filter;
    private final DeleteOptions options;

    public DeleteManyModel(Bson filter) {
        this(filter, new DeleteOptions());
    }

    public DeleteManyModel(Bson filter, DeleteOptions options) {
        if (filter == null) {
            throw new IllegalArgumentException("filter must not be null");
        }
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.filter = filter;
        this.options = options;
    }

    public Bson getFilter() {
        return filter;
    }

    public DeleteOptions getOptions() {
        return options;
    }

    @Override
    public String toString() {
        return "DeleteManyModel{filter=" + filter + "}";
    }
}
