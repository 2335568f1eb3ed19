package io.connectmongodb.driver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonArray;

/**
 * Which servers a read may go to: a mode, optional tag sets (tried in order; an empty tag set
 * matches any server) and an optional {@code maxStalenessSeconds}. Immutable.
 */
public final class ReadPreference {

    /** The five read preference modes of the server selection spec. */
    public enum Mode {
        PRIMARY("primary"),
        PRIMARY_PREFERRED("primaryPreferred"),
        SECONDARY("secondary"),
        SECONDARY_PREFERRED("secondaryPreferred"),
        NEAREST("nearest");

        private final String wireName;

        Mode(String wireName) {
            this.wireName = wireName;
        }

        /** The name used on the wire and in connection strings, such as {@code secondaryPreferred}. */
        public String wireName() {
            return wireName;
        }

        /** Parses a mode name case-insensitively. */
        public static Mode fromName(String name) {
            for (Mode mode : values()) {
                if (mode.wireName.equalsIgnoreCase(name)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("unknown read preference mode '" + name
                    + "'; expected one of primary, primaryPreferred, secondary, secondaryPreferred, nearest");
        }
    }

    /** The smallest maxStalenessSeconds a caller may ask for (the spec's 90 s floor). */
    public static final long SMALLEST_MAX_STALENESS_SECONDS = 90;

    private static final ReadPreference PRIMARY = new ReadPreference(Mode.PRIMARY, List.of(), null);

    private final Mode mode;
    private final List<Map<String, String>> tagSets;
    private final Long maxStalenessSeconds;

    private ReadPreference(Mode mode, List<Map<String, String>> tagSets, Long maxStalenessSeconds) {
        this.mode = mode;
        this.tagSets = tagSets;
        this.maxStalenessSeconds = maxStalenessSeconds;
    }

    public static ReadPreference primary() {
        return PRIMARY;
    }

    public static ReadPreference primaryPreferred() {
        return of(Mode.PRIMARY_PREFERRED, List.of(), null);
    }

    public static ReadPreference secondary() {
        return of(Mode.SECONDARY, List.of(), null);
    }

    public static ReadPreference secondaryPreferred() {
        return of(Mode.SECONDARY_PREFERRED, List.of(), null);
    }

    public static ReadPreference nearest() {
        return of(Mode.NEAREST, List.of(), null);
    }

    /**
     * A read preference with tag sets and a staleness bound.
     *
     * @param maxStalenessSeconds {@code null} or -1 for no bound; otherwise positive
     * @throws IllegalArgumentException for tags or a staleness bound with mode primary
     */
    public static ReadPreference of(Mode mode, List<Map<String, String>> tagSets, Long maxStalenessSeconds) {
        Objects.requireNonNull(mode, "mode");
        List<Map<String, String>> copy = new ArrayList<>();
        if (tagSets != null) {
            for (Map<String, String> tagSet : tagSets) {
                copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(tagSet)));
            }
        }
        Long staleness = maxStalenessSeconds == null || maxStalenessSeconds == -1 ? null : maxStalenessSeconds;
        if (staleness != null && staleness <= 0) {
            throw new IllegalArgumentException("maxStalenessSeconds must be positive or -1, was " + staleness);
        }
        if (mode == Mode.PRIMARY && copy.stream().anyMatch(t -> !t.isEmpty())) {
            throw new IllegalArgumentException("read preference mode primary cannot have tag sets");
        }
        if (mode == Mode.PRIMARY && staleness != null) {
            throw new IllegalArgumentException("read preference mode primary cannot have maxStalenessSeconds");
        }
        if (mode == Mode.PRIMARY && copy.isEmpty()) {
            return PRIMARY;
        }
        return new ReadPreference(mode, Collections.unmodifiableList(copy), staleness);
    }

    public Mode mode() {
        return mode;
    }

    /** Tag sets in the order they are tried; empty when none were given. */
    public List<Map<String, String>> tagSets() {
        return tagSets;
    }

    /** The staleness bound in seconds, or {@code null} when there is none. */
    public Long maxStalenessSeconds() {
        return maxStalenessSeconds;
    }

    /** Whether reads with this preference may go to a secondary. */
    public boolean isSecondaryOk() {
        return mode != Mode.PRIMARY;
    }

    /** The {@code $readPreference} document sent to mongos. */
    public BsonDocument toDocument() {
        BsonDocument doc = new BsonDocument("mode", new BsonString(mode.wireName()));
        if (!tagSets.isEmpty()) {
            BsonArray tags = new BsonArray();
            for (Map<String, String> tagSet : tagSets) {
                BsonDocument tag = new BsonDocument();
                tagSet.forEach((k, v) -> tag.append(k, new BsonString(v)));
                tags.add(tag);
            }
            doc.append("tags", tags);
        }
        if (maxStalenessSeconds != null) {
            doc.append("maxStalenessSeconds", new BsonInt64(maxStalenessSeconds));
        }
        return doc;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ReadPreference)) {
            return false;
        }
        ReadPreference that = (ReadPreference) o;
        return mode == that.mode && tagSets.equals(that.tagSets) && Objects.equals(maxStalenessSeconds, that.maxStalenessSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, tagSets, maxStalenessSeconds);
    }

    @Override
    public String toString() {
        return "ReadPreference{" + mode.wireName()
                + (tagSets.isEmpty() ? "" : ", tags=" + tagSets)
                + (maxStalenessSeconds == null ? "" : ", maxStalenessSeconds=" + maxStalenessSeconds) + "}";
    }
}
