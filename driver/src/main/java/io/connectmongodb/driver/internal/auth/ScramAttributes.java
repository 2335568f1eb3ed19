package io.connectmongodb.driver.internal.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a SCRAM server message, a comma-separated list of {@code name=value} attributes whose
 * names are single letters (RFC 5802 section 5.1). Values may contain '='; they cannot contain ','.
 * Anything else is a malformed message.
 */
final class ScramAttributes {
    private final Map<Character, String> values;

    private ScramAttributes(Map<Character, String> values) {
        this.values = values;
    }

    static ScramAttributes parse(String message, String what) {
        Map<Character, String> values = new LinkedHashMap<>();
        for (String part : message.split(",", -1)) {
            if (part.length() < 2 || part.charAt(1) != '=' || !Character.isLetter(part.charAt(0))) {
                throw new ScramFailure("the server's " + what + " is malformed");
            }
            values.putIfAbsent(part.charAt(0), part.substring(2));
        }
        return new ScramAttributes(values);
    }

    String get(char name) {
        return values.get(name);
    }

    /** The value of {@code name}; a missing attribute is a malformed message. */
    String require(char name, String what) {
        String value = values.get(name);
        if (value == null) {
            throw new ScramFailure("the server's " + what + " lacks the '" + name + "' attribute");
        }
        return value;
    }
}
