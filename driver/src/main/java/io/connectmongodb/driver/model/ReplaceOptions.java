package io.connectmongodb.driver.model;

import org.bson.conversions.Bson;

/** Options for {@code replaceOne}. A hint is an index specification or a name; setting one clears the other. */
public final class ReplaceOptions {
    private boolean upsert;
    private Boolean bypassDocumentValidation;
    private Bson hint;
    private String hintString;
    private Collation collation;

    /** Insert the replacement when no document matches the filter. */
    public ReplaceOptions upsert(boolean upsert) {
        this.upsert = upsert;
        return this;
    }

    public ReplaceOptions bypassDocumentValidation(Boolean bypassDocumentValidation) {
        this.bypassDocumentValidation = bypassDocumentValidation;
        return this;
    }

    public ReplaceOptions hint(Bson hint) {
        this.hint = hint;
        this.hintString = null;
        return this;
    }

    public ReplaceOptions hintString(String hintString) {
        this.hintString = hintString;
        this.hint = null;
        return this;
    }

    public ReplaceOptions collation(Collation collation) {
        this.collation = collation;
        return this;
    }

    public boolean isUpsert() {
        return upsert;
    }

    public Boolean getBypassDocumentValidation() {
        return bypassDocumentValidation;
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
