package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.internal.bson.BsonEncoding;
import io.connectmongodb.driver.model.Collation;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecConfigurationException;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * Encodes the caller's API arguments with one codec registry: filters, sorts, hints, collations and
 * pipelines become BSON, and classes are resolved to codecs with a clear error when none exists.
 *
 * <p>Resolved codecs are remembered per class (up to {@value #MAX_REMEMBERED_CODECS} classes): a
 * registry look-up allocates a child registry and an {@code Optional} on every call, and a find
 * resolves its result class each time. The memory belongs to this encoder and so to its one,
 * immutable registry; it cannot go stale.
 */
final class ArgumentEncoder {
    private static final int MAX_REMEMBERED_CODECS = 64;
    private final CodecRegistry registry;
    private final ConcurrentHashMap<Class<?>, Codec<?>> codecs = new ConcurrentHashMap<>();

    ArgumentEncoder(CodecRegistry registry) {
        this.registry = registry;
    }

    CodecRegistry registry() {
        return registry;
    }

    @SuppressWarnings("unchecked")
    <T> Codec<T> codec(Class<T> type) {
        if (type == null) {
            throw new IllegalArgumentException("result class must not be null");
        }
        Codec<?> remembered = codecs.get(type);
        if (remembered != null) {
            return (Codec<T>) remembered;
        }
        Codec<T> found;
        try {
            found = registry.get(type);
        } catch (CodecConfigurationException e) {
            throw new IllegalArgumentException("the codec registry has no codec for " + type.getName(), e);
        }
        if (codecs.size() < MAX_REMEMBERED_CODECS) {
            codecs.putIfAbsent(type, found);
        }
        return found;
    }

    BsonDocument required(String what, Bson bson) {
        return BsonEncoding.toDocument(what, bson, registry);
    }

    BsonDocument optional(String what, Bson bson) {
        return BsonEncoding.toDocumentOrNull(what, bson, registry);
    }

    List<BsonDocument> documents(String what, List<? extends Bson> list) {
        return BsonEncoding.toDocuments(what, list, registry);
    }

    List<BsonDocument> optionalDocuments(String what, List<? extends Bson> list) {
        return list == null ? null : documents(what, list);
    }

    /** A hint is an index key pattern (document) or an index name (string); {@code null} when neither is set. */
    BsonValue hint(Bson keys, String indexName) {
        if (keys != null) {
            return required("hint", keys);
        }
        if (indexName != null) {
            if (indexName.isEmpty()) {
                throw new IllegalArgumentException("hint index name must not be empty");
            }
            return new BsonString(indexName);
        }
        return null;
    }

    static BsonDocument collation(Collation collation) {
        return collation == null ? null : collation.asDocument();
    }

    static BsonValue comment(String comment) {
        return comment == null ? null : new BsonString(comment);
    }
}
