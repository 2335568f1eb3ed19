package io.connectmongodb.spec;

import java.util.HexFormat;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The value matching of the unified test format, for the operators the GridFS files use:
 * {@code $$type}, {@code $$exists}, {@code $$unsetOrMatches}, {@code $$matchesEntity} and
 * {@code $$matchesHexBytes}. Numbers compare by value whatever their BSON type; root documents
 * may hold extra fields, nested ones may not. A mismatch throws {@link AssertionError} naming the path.
 */
final class UnifiedMatcher {
    private final Map<String, BsonValue> entities;

    UnifiedMatcher(Map<String, BsonValue> entities) {
        this.entities = entities;
    }

    void match(String path, BsonValue expected, BsonValue actual, boolean root) {
        if (expected.isDocument() && isOperator(expected.asDocument())) {
            matchOperator(path, expected.asDocument(), actual);
            return;
        }
        if (actual == null) {
            throw new AssertionError(path + ": expected " + expected + " but it is absent");
        }
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.asNumber().doubleValue() != actual.asNumber().doubleValue()) {
                throw new AssertionError(path + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        if (expected.isDocument()) {
            if (!actual.isDocument()) {
                throw new AssertionError(path + ": expected a document but was " + actual);
            }
            BsonDocument actualDocument = actual.asDocument();
            for (Map.Entry<String, BsonValue> entry : expected.asDocument().entrySet()) {
                match(path + "." + entry.getKey(), entry.getValue(), actualDocument.get(entry.getKey()), false);
            }
            if (!root) {
                for (String key : actualDocument.keySet()) {
                    if (!expected.asDocument().containsKey(key)) {
                        throw new AssertionError(path + ": unexpected field " + key + " in " + actualDocument.toJson());
                    }
                }
            }
            return;
        }
        if (expected.isArray()) {
            BsonArray expectedArray = expected.asArray();
            if (!actual.isArray() || actual.asArray().size() != expectedArray.size()) {
                throw new AssertionError(path + ": expected " + expected + " but was " + actual);
            }
            for (int i = 0; i < expectedArray.size(); i++) {
                match(path + "[" + i + "]", expectedArray.get(i), actual.asArray().get(i), root);
            }
            return;
        }
        if (!expected.equals(actual)) {
            throw new AssertionError(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static boolean isOperator(BsonDocument document) {
        return document.size() == 1 && document.getFirstKey().startsWith("$$");
    }

    private void matchOperator(String path, BsonDocument operator, BsonValue actual) {
        String name = operator.getFirstKey();
        BsonValue argument = operator.get(name);
        switch (name) {
            case "$$exists" -> {
                if (argument.asBoolean().getValue() != (actual != null)) {
                    throw new AssertionError(path + ": expected exists=" + argument + " but was " + actual);
                }
            }
            case "$$unsetOrMatches" -> {
                if (actual != null) {
                    match(path, argument, actual, false);
                }
            }
            case "$$type" -> {
                if (actual == null || !typeName(actual).equals(argument.asString().getValue())) {
                    throw new AssertionError(path + ": expected type " + argument + " but was " + actual);
                }
            }
            case "$$matchesEntity" -> {
                BsonValue entity = entities.get(argument.asString().getValue());
                if (entity == null || !entity.equals(actual)) {
                    throw new AssertionError(path + ": expected entity " + argument + " = " + entity + " but was " + actual);
                }
            }
            case "$$matchesHexBytes" -> {
                byte[] expectedBytes = HexFormat.of().parseHex(argument.asString().getValue());
                if (actual == null || !actual.isBinary() || !java.util.Arrays.equals(expectedBytes, actual.asBinary().getData())) {
                    throw new AssertionError(path + ": expected bytes " + argument + " but was " + actual);
                }
            }
            default -> throw new UnsupportedOperationException("matcher " + name + " is not used by the GridFS files");
        }
    }

    static String typeName(BsonValue value) {
        return switch (value.getBsonType()) {
            case OBJECT_ID -> "objectId";
            case DATE_TIME -> "date";
            case INT32 -> "int";
            case INT64 -> "long";
            case DOUBLE -> "double";
            case STRING -> "string";
            case DOCUMENT -> "object";
            case ARRAY -> "array";
            case BINARY -> "binData";
            case BOOLEAN -> "bool";
            default -> value.getBsonType().name();
        };
    }

    /** Bytes given as {@code {$$hexBytes: "..."}} in arguments. */
    static BsonBinary hexBytes(BsonValue value) {
        return new BsonBinary(HexFormat.of().parseHex(value.asDocument().getString("$$hexBytes").getValue()));
    }
}
