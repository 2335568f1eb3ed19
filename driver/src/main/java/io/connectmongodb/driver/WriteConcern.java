package io.connectmongodb.driver;

import java.util.Objects;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * How many servers must acknowledge a write, and how: {@code w} (a number of nodes, or a name
 * such as {@code "majority"}), {@code j} (journal) and {@code wtimeout}. Every field is optional;
 * an unset field is left to the server. Immutable.
 *
 * <p>Validation follows the read/write concern spec: {@code w} is non-negative or a non-empty
 * name, {@code wTimeoutMS} is non-negative, and {@code w:0} with {@code j:true} is rejected
 * (an unacknowledged write cannot be journaled).
 */
public final class WriteConcern {
    /** The server's default: no fields. */
    public static final WriteConcern DEFAULT = new WriteConcern(null, null, null);
    public static final WriteConcern ACKNOWLEDGED = new WriteConcern(1, null, null);
    public static final WriteConcern UNACKNOWLEDGED = new WriteConcern(0, null, null);
    public static final WriteConcern MAJORITY = new WriteConcern("majority", null, null);

    private final Object w;
    private final Boolean journal;
    private final Long wTimeoutMS;

    private WriteConcern(Object w, Boolean journal, Long wTimeoutMS) {
        this.w = w;
        this.journal = journal;
        this.wTimeoutMS = wTimeoutMS;
    }

    /**
     * A write concern; each argument may be null (not set).
     *
     * @param w an {@link Integer} node count or a {@link String} such as {@code "majority"}
     * @throws IllegalArgumentException for a negative count, an empty name, a negative timeout,
     *     or {@code w:0} with {@code journal:true}
     */
    public static WriteConcern of(Object w, Boolean journal, Long wTimeoutMS) {
        if (w != null && !(w instanceof Integer) && !(w instanceof String)) {
            throw new IllegalArgumentException("w must be an Integer or a String, was " + w.getClass().getSimpleName());
        }
        if (w instanceof Integer && (Integer) w < 0) {
            throw new IllegalArgumentException("w must not be negative, was " + w);
        }
        if (w instanceof String && ((String) w).isEmpty()) {
            throw new IllegalArgumentException("w must not be an empty string");
        }
        if (wTimeoutMS != null && wTimeoutMS < 0) {
            throw new IllegalArgumentException("wTimeoutMS must not be negative, was " + wTimeoutMS);
        }
        if (Integer.valueOf(0).equals(w) && Boolean.TRUE.equals(journal)) {
            throw new IllegalArgumentException("w:0 (unacknowledged) cannot be combined with journal:true");
        }
        return new WriteConcern(w, journal, wTimeoutMS);
    }

    /** A write concern acknowledged by {@code w} nodes. */
    public static WriteConcern w(int w) {
        return of(w, null, null);
    }

    /** A write concern with a named {@code w}, such as {@code "majority"}. */
    public static WriteConcern w(String w) {
        return of(Objects.requireNonNull(w, "w"), null, null);
    }

    public WriteConcern withJournal(Boolean journal) {
        return of(w, journal, wTimeoutMS);
    }

    public WriteConcern withWTimeoutMS(Long wTimeoutMS) {
        return of(w, journal, wTimeoutMS);
    }

    /** The {@code w} value: an {@link Integer}, a {@link String}, or null when not set. */
    public Object w() {
        return w;
    }

    public Boolean journal() {
        return journal;
    }

    public Long wTimeoutMS() {
        return wTimeoutMS;
    }

    /** Whether the server answers writes with this concern ({@code false} only for {@code w:0}). */
    public boolean isAcknowledged() {
        return !Integer.valueOf(0).equals(w) || Boolean.TRUE.equals(journal);
    }

    /** Whether no field is set, so the server's default applies (and no document is sent). */
    public boolean isServerDefault() {
        return w == null && journal == null && wTimeoutMS == null;
    }

    /** The {@code writeConcern} document sent with a command: only the fields that are set. */
    public BsonDocument toDocument() {
        BsonDocument doc = new BsonDocument();
        if (w != null) {
            BsonValue value = w instanceof Integer ? new BsonInt32((Integer) w) : new BsonString((String) w);
            doc.append("w", value);
        }
        if (journal != null) {
            doc.append("j", BsonBoolean.valueOf(journal));
        }
        if (wTimeoutMS != null) {
            doc.append("wtimeout", wTimeoutMS <= Integer.MAX_VALUE ? new BsonInt32(wTimeoutMS.intValue()) : new BsonInt64(wTimeoutMS));
        }
        return doc;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WriteConcern)) {
            return false;
        }
        WriteConcern that = (WriteConcern) o;
        return Objects.equals(w, that.w) && Objects.equals(journal, that.journal) && Objects.equals(wTimeoutMS, that.wTimeoutMS);
    }

    @Override
    public int hashCode() {
        return Objects.hash(w, journal, wTimeoutMS);
    }

    @Override
    public String toString() {
        return "WriteConcern{w=" + w + ", journal=" + journal + ", wTimeoutMS=" + wTimeoutMS + "}";
    }
}
