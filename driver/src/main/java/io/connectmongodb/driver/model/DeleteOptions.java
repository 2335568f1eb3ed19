package io.connectmongodb.driver.model;

import org.bson.conversions.Bson;

/** Options for {@code deleteOne} and {@code deleteMany}. Setting one kind of hint clears the other. */
public final class DeleteOptions {
    private Bson hint;
    private String hintString;
    private Collation collation;

    public DeleteOptions hint(Bson hint) {
        this.hint = hint;
        this.hintString = null;
        return this;
    }

    public DeleteOptions hintString(String hintString) {
        this.hintString = hintString;
        this.hint = null;
        return this;
    }

    public DeleteOptions collation(Collation collation) {
        this.collation = collation;
        return this;
    }

    public Bson getHint() {
        return hint;
    }

    public String getHintString() {
        return hintString;
    }

    public Collation getCollation() {
        return collation;
    }
}
