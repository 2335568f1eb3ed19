package io.connectmongodb.driver.model;

/** Inserts one document; an {@code _id} is generated when it has none. */
public final class InsertOneModel<T> extends WriteModel<T> {
    private final T document;

    public InsertOneModel(T document) {
        if (document == null) {
            throw new IllegalArgumentException("document must not be null");
        }
        this.document = document;
    }

    public T getDocument() {
        return document;
    }

    @Override
    public String toString() {
        return "InsertOneModel{" + document + "}";
    }
}
