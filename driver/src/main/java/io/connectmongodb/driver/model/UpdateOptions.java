package io.connectmongodb.driver.model;

import java.util.List;
import org.bson.conversions.Bson;

/**
 * Options for {@code updateOne} and {@code updateMany}. A hint is either an index specification
 * or an index name; setting one clears the other.
 */
public final class UpdateOptions {
    private boolean upsert;
    private Boolean bypassDocumentValidation;
    private List<? extends Bson> arrayFilters;
    private Bson hint;
    private String hintString;
    private Collation collation;

    /** Insert a document when no document matches the filter. */
    public UpdateOptions upsert(boolean upsert) {
        this.upsert = upsert;
        return this;
    }

    public UpdateOptions bypassDocumentValidation(Boolean bypassDocumentValidation) {
        this.bypassDocumentValidation = bypassDocumentValidation;
        return this;
    }

    /** Filters that choose which array elements an {@code $[identifier]} update touches. */
    public UpdateOptions arrayFilters(List<? extends Bson> arrayFilters) {
        this.arrayFilters = arrayFilters == null ? null : List.copyOf(arrayFilters);
        return this;
    }

    public UpdateOptions hint(Bson hint) {
        this.hint = hint;
        this.hintString = null;
        return this;
    }

    public UpdateOptions hintString(String hintString) {
        this.hintString = hintString;
        this.hint = null;
        return this;
    }

    public UpdateOptions collation(Collation collation) {
        this.collation = collation;
        return this;
    }

    public boolean isUpsert() {
        return upsert;
    }

    public Boolean getBypassDocumentValidation() {
        return bypassDocumentValidation;
    }

    public List<? extends Bson> getArrayFilters() {
        return arrayFilters;
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
