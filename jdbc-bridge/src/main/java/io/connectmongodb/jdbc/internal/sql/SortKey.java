package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonValue;

/**
 * One ORDER BY key: either a document path, or an expression that must first be computed into a hidden field.
 *
 * @param direction 1 ascending, -1 descending
 */
record SortKey(String path, BsonValue computed, int direction) {
}
