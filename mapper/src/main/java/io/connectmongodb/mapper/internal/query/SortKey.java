package io.connectmongodb.mapper.internal.query;

/** One sort criterion on a resolved BSON field path. */
public record SortKey(String fieldPath, boolean descending) {
}
