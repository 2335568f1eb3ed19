package io.connectmongodb.driver.model;

import java.util.concurrent.TimeUnit;
import org.bson.conversions.Bson;

/** Options for {@code findOneAndDelete}. Setting one kind of hint clears the other. */
public final class FindOneAndDeleteOptions {
    private Bson projection;
    private Bson sort;
    private long maxTimeMS;
    private Bson hint;
    private String hintString;
    private Collation collation;

    /** Which fields of the returned document to include or exclude. */
    public FindOneAndDeleteOptions projection(Bson projection) {
        this.projection = projection;
        return this;
    }

    /** Which document to delete when several match. */
    public FindOneAndDeleteOptions sort(Bson sort) {
        this.sort = sort;
        return this;
    }

    /** Server-side time limit; 0 means none. */
    public FindOneAndDeleteOptions maxTime(long maxTime, TimeUnit unit) {
        this.maxTimeMS = TimeLimits.toMillis("maxTime", maxTime, unit);
        return this;
    }

    public FindOneAndDeleteOptions hint(Bson hint) {
        this.hint = hint;
        this.hintString = null;
        return this;
    }

    public FindOneAndDeleteOptions hintString(String hintString) {
        this.hintString = hintString;
        this.hint = null;
        return this;
    }

    public FindOneAndDeleteOptions collation(Collation collation) {
        this.collation = collation;
        return this;
    }

    public Bson getProjection() {
        return projection;
    }

    public Bson getSort() {
        return sort;
    }

    public long getMaxTime(TimeUnit unit) {
        return unit.convert(maxTimeMS, TimeUnit.MILLISECONDS);
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
