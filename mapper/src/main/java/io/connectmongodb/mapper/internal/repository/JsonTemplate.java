package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.internal.query.ArgumentValues;

import java.util.Map;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;

/**
 * A MongoDB JSON document with {@code ?0}, {@code ?1}... placeholders for method arguments
 * (0-based). The text is parsed once, with each placeholder outside string literals replaced by
 * a marker document; binding deep-copies the parsed document and swaps each marker for the
 * converted argument. A syntax error therefore fails when the repository is created.
 */
final class JsonTemplate {
    private static final String MARKER = "$__connectMongoDbParameter";

    private final BsonDocument parsed;
    private final int highestParameter;

    private JsonTemplate(BsonDocument parsed, int highestParameter) {
        this.parsed = parsed;
        this.highestParameter = highestParameter;
    }

    static JsonTemplate parse(String json) {
        StringBuilder text = new StringBuilder(json.length() + 32);
        int highest = -1;
        char quote = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (quote != 0) {
                text.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    text.append(json.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                text.append(c);
            } else if (c == '?' && i + 1 < json.length() && Character.isDigit(json.charAt(i + 1))) {
                int start = ++i;
                while (i < json.length() && Character.isDigit(json.charAt(i))) {
                    i++;
                }
                int index = Integer.parseInt(json.substring(start, i--));
                highest = Math.max(highest, index);
                text.append("{\"").append(MARKER).append("\": ").append(index).append('}');
            } else {
                text.append(c);
            }
        }
        try {
            return new JsonTemplate(BsonDocument.parse(text.toString()), highest);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("invalid JSON " + json + ": " + e.getMessage(), e);
        }
    }

    /** The highest placeholder index used, or -1 when there is none. */
    int highestParameter() {
        return highestParameter;
    }

    BsonDocument bind(Object[] arguments, ArgumentValues values) {
        return replace(parsed, arguments, values).asDocument();
    }

    private static BsonValue replace(BsonValue value, Object[] arguments, ArgumentValues values) {
        if (value.isDocument()) {
            BsonDocument document = value.asDocument();
            if (document.size() == 1 && document.get(MARKER) instanceof BsonInt32 index) {
                return values.of(arguments[index.getValue()]);
            }
            BsonDocument copy = new BsonDocument();
            for (Map.Entry<String, BsonValue> entry : document.entrySet()) {
                copy.append(entry.getKey(), replace(entry.getValue(), arguments, values));
            }
            return copy;
        }
        if (value.isArray()) {
            BsonArray copy = new BsonArray();
            value.asArray().forEach(item -> copy.add(replace(item, arguments, values)));
            return copy;
        }
        return value;
    }
}
