package io.connectmongodb.driver.changestream;

import java.util.List;
import java.util.Objects;
import org.bson.BsonDocument;

/**
 * What an update changed: the fields set (by dotted path), the fields removed and the arrays
 * truncated. Servers that do not report it leave {@link ChangeStreamEvent#getUpdateDescription()} null.
 */
public final class UpdateDescription {
    private final BsonDocument updatedFields;
    private final List<String> removedFields;
    private final List<BsonDocument> truncatedArrays;

    public UpdateDescription(BsonDocument updatedFields, List<String> removedFields, List<BsonDocument> truncatedArrays) {
        this.updatedFields = updatedFields == null ? new BsonDocument() : updatedFields;
        this.removedFields = removedFields == null ? List.of() : List.copyOf(removedFields);
        this.truncatedArrays = truncatedArrays == null ? List.of() : List.copyOf(truncatedArrays);
    }

    public BsonDocument getUpdatedFields() {
        return updatedFields;
    }

    public List<String> getRemovedFields() {
        return removedFields;
    }

    public List<BsonDocument> getTruncatedArrays() {
        return truncatedArrays;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UpdateDescription)) {
            return false;
        }
        UpdateDescription other = (UpdateDescription) o;
        return updatedFields.equals(other.updatedFields) && removedFields.equals(other.removedFields)
                && truncatedArrays.equals(other.truncatedArrays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(updatedFields, removedFields, truncatedArrays);
    }

    @Override
    public String toString() {
        return "UpdateDescription{updatedFields=" + updatedFields.toJson() + ", removedFields=" + removedFields
                + ", truncatedArrays=" + truncatedArrays + "}";
    }
}
