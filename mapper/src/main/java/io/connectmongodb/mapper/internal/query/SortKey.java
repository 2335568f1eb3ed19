package io.connectmongodb.mapper.internal.query;

import java.util.List;

/**
 * One sort criterion on a resolved BSON field path. {@code ignoreCase} asks for case-insensitive
 * ordering, which the server gives through a collation for the whole query (see {@link #anyIgnoresCase}).
 */
public record SortKey(String fieldPath, boolean descending, boolean ignoreCase) {

    public SortKey(String fieldPath, boolean descending) {
        this(fieldPath, descending, false);
    }

    /** Whether any key of {@code sort} ignores case, so the query must run with a case-insensitive collation. */
    public static boolean anyIgnoresCase(List<SortKey> sort) {
        for (SortKey key : sort) {
            if (key.ignoreCase()) {
                return true;
            }
        }
        return false;
    }
}
