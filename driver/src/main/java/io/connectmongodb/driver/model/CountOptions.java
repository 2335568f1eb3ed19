package io.connectmongodb.driver.model;

import java.util.concurrent.TimeUnit;
import org.bson.conversions.Bson;

/** Options for {@code countDocuments}. Setting one kind of hint clears the other. */
public final class CountOptions {
    private int limit;
    private int skip;
    private Bson hint;
    private String hintString;
    private long maxTimeMS;
    private Collation collation;

    /** Count at most this many documents; 0 means no limit. */
    public CountOptions limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("count limit must not be negative, was " + limit);
        }
        this.limit = limit;
        return this;
    }

    /** Skip this many matching documents before counting. */
    public CountOptions skip(int skip) {
        if (skip < 0) {
            throw new IllegalArgumentException("count skip must not be negative, was " + skip);
        }
        this.skip = skip;
        return this;
    }

    public CountOptions hint(Bson hint) {
        this.hint = hint;
        this.hintString = null;
        return this;
    }

    public CountOptions hintString(String hintString) {
        this.hintString = hintString;
        this.hint = null;
        return this;
    }

    /** Server-side time limit; 0 means none. */
    public CountOptions maxTime(long maxTime, TimeUnit unit) {
        this.maxTimeMS = TimeLimits.toMillis("maxTime", maxTime, unit);
        return this;
    }

    public CountOptions collation(Collation collation) {
        this.collation = collation;
        return this;
    }

    public int getLimit() {
        return limit;
    }

    public int getSkip() {
        return skip;
    }

    public Bson getHint() {
        return hint;
    }

    public String getHintString() {
        return hintString;
    }

    public long getMaxTime(TimeUnit unit) {
        return unit.convert(maxTimeMS, TimeUnit.MILLISECONDS);
    }

    public Collation getCollation() {
        return collation;
    }
}
