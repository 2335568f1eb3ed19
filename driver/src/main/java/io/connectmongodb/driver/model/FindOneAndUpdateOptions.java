package io.connectmongodb.driver.model;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.conversions.Bson;

/**
 * Options for {@code findOneAndUpdate}. By default the document as it was before the change is
 * returned ({@link ReturnDocument#BEFORE}). Setting one kind of hint clears the other.
 */
public final class FindOneAndUpdateOptions {
    private Bson projection;
    private Bson sort;
    private boolean upsert;
    private ReturnDocument returnDocument = ReturnDocument.BEFORE;
    private long maxTimeMS;
    private Boolean bypassDocumentValidation;
    private List<? extends Bson> arrayFilters;
    private Bson hint;
    private String hintString;
    private Collation collation;

    /** Which fields of the returned document to include or exclude. */
    public FindOneAndUpdateOptions projection(Bson projection) {
        this.projection = projection;
        return this;
    }

    /** Which document to change when several match. */
    public FindOneAndUpdateOptions sort(Bson sort) {
        this.sort = sort;
        return this;
    }

    public FindOneAndUpdateOptions upsert(boolean upsert) {
        this.upsert = upsert;
        return this;
    }

    public FindOneAndUpdateOptions returnDocument(ReturnDocument returnDocument) {
        if (returnDocument == null) {
            throw new IllegalArgumentException("returnDocument must not be null");
        }
        this.returnDocument = returnDocument;
        return this;
    }

    /** Server-side time limit; 0 means none. */
    public FindOneAndUpdateOptions maxTime(long maxTime, TimeUnit unit) {
        this.maxTimeMS = TimeLimits.toMillis("maxTime", maxTime, unit);
        return this;
    }

    public FindOneAndUpdateOptions bypassDocumentValidation(Boolean bypassDocumentValidation) {
        this.bypassDocumentValidation = bypassDocumentValidation;
        return this;
    }

    /** Filters that choose which array elements an {@code $[identifier]} update touches. */
    public FindOneAndUpdateOptions arrayFilters(List<? extends Bson> arrayFilters) {
        this.arrayFilters = arrayFilters == null ? null : List.copyOf(arrayFilters);
        return this;
    }

    public FindOneAndUpdateOptions hint(Bson hint) {
        this.hint = hint;
        this.hintString = null;
        return this;
    }

    public FindOneAndUpdateOptions hintString(String hintString) {
        this.hintString = hintString;
        this.hint = null;
        return this;
    }

    public FindOneAndUpdateOptions collation(Collation collation) {
        this.collation = collation;
        return this;
    }

    public Bson getProjection() {
        return projection;
    }

    public Bson getSort() {
        return sort;
    }

    public boolean isUpsert() {
        return upsert;
    }

    public ReturnDocument getReturnDocument() {
        return returnDocument;
    }

    public long getMaxTime(TimeUnit unit) {
        return unit.convert(maxTimeMS, TimeUnit.MILLISECONDS);
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
