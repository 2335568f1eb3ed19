package io.connectmongodb.driver.internal.validation;

import java.util.List;
import org.bson.BsonDocument;

/**
 * Tells update documents from replacements, as the CRUD spec requires: an update is a non-empty
 * document whose first key is an operator ({@code $set}, ...) or a non-empty aggregation pipeline;
 * a replacement must not start with an operator. Checking the first key, as the spec describes,
 * is enough because the server rejects mixes.
 */
public final class UpdateValidator {
    private UpdateValidator() {
    }

    public static void validateUpdate(BsonDocument update) {
        if (update.isEmpty()) {
            throw new IllegalArgumentException("update document must not be empty; use update operators such as $set");
        }
        String first = update.getFirstKey();
        if (!first.startsWith("$")) {
            throw new IllegalArgumentException("update document must contain only update operators such as $set, but its first field is '"
                    + first + "'; use replaceOne to replace a whole document");
        }
    }

    public static void validatePipeline(List<BsonDocument> pipeline) {
        if (pipeline.isEmpty()) {
            throw new IllegalArgumentException("update pipeline must not be empty");
        }
    }

    public static void validateReplacement(BsonDocument replacement) {
        if (!replacement.isEmpty() && replacement.getFirstKey().startsWith("$")) {
            throw new IllegalArgumentException("replacement document must not contain update operators, but its first field is '"
                    + replacement.getFirstKey() + "'; use updateOne or updateMany to apply operators");
        }
    }
}
