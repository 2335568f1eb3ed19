package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.List;

/** Small builders for aggregation-language documents, shared by the expression and filter translators. */
final class AggregateExpressions {

    private AggregateExpressions() {
    }

    static BsonDocument operator(String name, BsonValue... arguments) {
        return new BsonDocument(name, new BsonArray(List.of(arguments)));
    }

    static BsonDocument operator(String name, List<BsonValue> arguments) {
        return new BsonDocument(name, new BsonArray(new ArrayList<>(arguments)));
    }

    /**
     * A literal usable anywhere in an expression: strings starting with {@code $} and documents or arrays would be read
     * as field paths or operators, so they are wrapped in {@code $literal}.
     */
    static BsonValue literal(BsonValue value) {
        boolean ambiguous = value.isDocument() || value.isArray()
                || (value.isString() && value.asString().getValue().startsWith("$"));
        return ambiguous ? new BsonDocument("$literal", value) : value;
    }

    /** True when {@code value} is an expression reading a field (rather than a literal). */
    static boolean readsFields(BsonValue value) {
        if (value.isString()) {
            return value.asString().getValue().startsWith("$") && !value.asString().getValue().startsWith("$$");
        }
        if (value.isDocument()) {
            return !value.asDocument().containsKey("$literal");
        }
        return false;
    }

    /**
     * A SQL comparison: false (not null) when an operand is null or missing, as SQL's unknown is filtered out. Each
     * operand that reads fields gets a {@code $gt: [x, null]} guard, which is false exactly for null and missing.
     */
    static BsonValue comparison(String mongoOperator, BsonValue left, BsonValue right) {
        BsonDocument compare = operator(mongoOperator, left, right);
        List<BsonValue> guarded = new ArrayList<>();
        for (BsonValue operand : List.of(left, right)) {
            if (readsFields(operand)) {
                guarded.add(isNotNull(operand));
            }
        }
        if (guarded.isEmpty()) {
            return compare;
        }
        guarded.add(compare);
        return operator("$and", guarded);
    }

    static BsonDocument isNotNull(BsonValue operand) {
        return operator("$gt", operand, BsonNull.VALUE);
    }

    static BsonDocument isNull(BsonValue operand) {
        return operator("$lte", operand, BsonNull.VALUE);
    }

    static BsonString fieldPath(String path) {
        return new BsonString("$" + path);
    }
}
