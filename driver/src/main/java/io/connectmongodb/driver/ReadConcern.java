package io.connectmongodb.driver;

import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * The read isolation level: {@code local}, {@code majority}, {@code linearizable},
 * {@code snapshot}, {@code available}, or the server default (no level). Other level names are
 * kept as given and sent unchanged, for forward compatibility with new server levels, as the
 * read/write concern spec asks. Immutable.
 */
public final class ReadConcern {
    public static final ReadConcern DEFAULT = new ReadConcern(null);
    public static final ReadConcern LOCAL = new ReadConcern("local");
    public static final ReadConcern MAJORITY = new ReadConcern("majority");
    public static final ReadConcern LINEARIZABLE = new ReadConcern("linearizable");
    public static final ReadConcern SNAPSHOT = new ReadConcern("snapshot");
    public static final ReadConcern AVAILABLE = new ReadConcern("available");

    private final String level;

    private ReadConcern(String level) {
        this.level = level;
    }

    /**
     * The read concern with this level; {@code null} means the server default.
     *
     * @throws IllegalArgumentException for an empty level
     */
    public static ReadConcern of(String level) {
        if (level == null) {
            return DEFAULT;
        }
        if (level.isEmpty()) {
            throw new IllegalArgumentException("a read concern level must not be empty");
        }
        for (ReadConcern known : new ReadConcern[] {LOCAL, MAJORITY, LINEARIZABLE, SNAPSHOT, AVAILABLE}) {
            if (known.level.equals(level)) {
                return known;
            }
        }
        return new ReadConcern(level);
    }

    /** The level, or null for the server default. */
    public String level() {
        return level;
    }

    public boolean isServerDefault() {
        return level == null;
    }

    /** The {@code readConcern} document: {@code {level: ...}}, or empty for the server default. */
    public BsonDocument toDocument() {
        BsonDocument doc = new BsonDocument();
        if (level != null) {
            doc.append("level", new BsonString(level));
        }
        return doc;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadConcern && Objects.equals(level, ((ReadConcern) o).level);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(level);
    }

    @Override
    public String toString() {
        return "ReadConcern{level=" + (level == null ? "default" : level) + "}";
    }
}
