package io.connectmongodb.driver.internal.client;

import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Compares the transaction-relevant fields of one sent command with a unified-format expected
 * command: {@code lsid}, {@code txnNumber}, {@code startTransaction}, {@code autocommit},
 * {@code readConcern}, {@code writeConcern}, {@code recoveryToken}. Understands the operators
 * {@code $$exists}, {@code $$unsetOrMatches}, {@code $$sessionLsid} and {@code $$type}; numbers
 * compare by value; nested documents may hold extra fields.
 */
final class SpecCommandMatcher {
    static final List<String> FIELDS = List.of("lsid", "txnNumber", "startTransaction", "autocommit", "readConcern",
            "writeConcern", "recoveryToken");

    private final Map<String, BsonDocument> sessionIds;

    SpecCommandMatcher(Map<String, BsonDocument> sessionIds) {
        this.sessionIds = sessionIds;
    }

    /** A description of the first difference, or null. */
    String mismatch(BsonDocument expected, BsonDocument actual) {
        for (String field : FIELDS) {
            if (expected.containsKey(field) && !matches(expected.get(field), actual.get(field))) {
                return field + ": expected " + expected.get(field).toString()
                        + " but sent " + (actual.containsKey(field) ? actual.get(field).toString() : "nothing");
            }
        }
        return null;
    }

    private boolean matches(BsonValue expected, BsonValue actual) {
        if (expected.isDocument() && expected.asDocument().size() == 1 && expected.asDocument().getFirstKey().startsWith("$$")) {
            String operator = expected.asDocument().getFirstKey();
            BsonValue argument = expected.asDocument().get(operator);
            switch (operator) {
                case "$$exists":
                    return argument.asBoolean().getValue() == (actual != null);
                case "$$unsetOrMatches":
                    return actual == null || matches(argument, actual);
                case "$$sessionLsid":
                    return actual != null && actual.equals(sessionIds.get(argument.asString().getValue()));
                case "$$type":
                    return actual != null;
                default:
                    throw new IllegalArgumentException("unsupported operator " + operator);
            }
        }
        if (actual == null) {
            return false;
        }
        if (expected.isDocument()) {
            if (!actual.isDocument()) {
                return false;
            }
            for (Map.Entry<String, BsonValue> entry : expected.asDocument().entrySet()) {
                if (!matches(entry.getValue(), actual.asDocument().get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.asNumber().doubleValue() == actual.asNumber().doubleValue();
        }
        return expected.equals(actual);
    }
}
