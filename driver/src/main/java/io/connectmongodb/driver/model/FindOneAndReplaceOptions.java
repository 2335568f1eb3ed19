package io.connectmongodb.driver.model;


import java.util.concurrent.TimeUnit;
import org.bson.conversions.Bson;

/**
 * Options for {@code findOneAndReplace}. By default the document as it was before the change is
 * returned ({@link ReturnDocument#BEFORE}). Setting one kind of hint clears the other.
 */
public final class FindOneAndReplaceOptions {
    private Bson projection;
    private Bson sort;
    private boolean upsert;
    private ReturnDocument returnDocument = ReturnDocument.BEFORE;
    private long maxTimeMS;
    private Boolean bypassDocumentValidation;
    private Bson hint;
    private String hintString;
    private Collation collation;

    /** Which fields of the returned document to include or exclude. */
    public FindOneAndReplaceOptions projection(Bson projection) {
        this.projection = projection;
        return this;
    }

    /** Which document to change when several match. */
    public FindOneAndReplaceOptions sort(Bson sort) {
        this.sort = sort;
        return this;
    }

    public FindOneAndReplaceOptions upsert(boolean upsert) {
        this.upsert = upsert;
        return this;
    }

    public FindOneAndReplaceOptions returnDocument(ReturnDocument returnDocument) {
        if (returnDocument == null) {
            throw new IllegalArgumentException("returnDocument must not be null");
        }
        this.returnDocument = returnDocument;
        return this;
    }

    /** Server-side time limit; 0 means none. */
    public FindOneAndReplaceOptions maxTime(long maxTime, TimeUnit unit) {
        this.maxTimeMS = TimeLimits.toMillis("maxTime", maxTime, unit);
        return this;
    }

    public FindOneAndReplaceOptions bypassDocumentValidation(Boolean bypassDocumentValidation) {
        this.bypassDocumentValidation = bypassDocumentValidation;
        return this;
    }

    public FindOneAndReplaceOptions hint(Bson hint) {
        this.hint = hint;
        this.hintString = null;
        return this;
    }

    public FindOneAndReplaceOptions hintString(String hintString) {
        this.hintString = hintString;
        this.hint = null;
        return this;
    }

    public FindOneAndReplaceOptions collation(Collation collation) {
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
