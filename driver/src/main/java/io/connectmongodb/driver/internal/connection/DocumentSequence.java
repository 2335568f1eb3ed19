package io.connectmongodb.driver.internal.connection;

import java.util.List;
import java.util.Objects;
import org.bson.BsonDocument;

/**
 * An OP_MSG kind-1 section: a named sequence of documents, such as the {@code documents} of an
 * insert or the {@code updates} of an update. Documents are usually {@link org.bson.RawBsonDocument}s
 * that were encoded (and size-checked) once by the operation, so writing them is a byte copy.
 */
public record DocumentSequence(String identifier, List<? extends BsonDocument> documents) {
    public DocumentSequence {
        Objects.requireNonNull(identifier, "identifier");
        documents = List.copyOf(documents);
    }
}
