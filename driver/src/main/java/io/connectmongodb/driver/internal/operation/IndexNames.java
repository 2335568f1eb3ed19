package io.connectmongodb.driver.internal.operation;

import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Derives the default name of an index from its keys, as the index management spec describes:
 * each {@code field_direction} pair joined by underscores, so {@code {a: 1, b: -1}} is named
 * {@code a_1_b_-1} and {@code {text: "text"}} is {@code text_text}. Whole numbers print without a
 * fraction ({@code 1.0} becomes {@code 1}).
 */
public final class IndexNames {
    private IndexNames() {
    }

    public static String defaultName(BsonDocument keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index keys must not be empty");
        }
        StringBuilder name = new StringBuilder();
        for (Map.Entry<String, BsonValue> key : keys.entrySet()) {
            if (name.length() > 0) {
                name.append('_');
            }
            name.append(key.getKey()).append('_').append(direction(key.getKey(), key.getValue()));
        }
        return name.toString();
    }

    private static String direction(String field, BsonValue value) {
        if (value.isString()) {
            return value.asString().getValue();
        }
        if (value.isNumber() || value.isDecimal128()) {
            double d = value.isDecimal128() ? value.asDecimal128().getValue().doubleValue() : value.asNumber().doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d)) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        throw new IllegalArgumentException("index key '" + field + "' must be a number or a string such as \"text\", was "
                + value.getBsonType());
    }
}
