package io.connectmongodb.driver.internal.bson;

import io.connectmongodb.driver.internal.validation.Arguments;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonSerializationException;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Encoder;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecConfigurationException;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * Turns caller values (filters, updates, pipelines, documents) into BSON with the collection's codec
 * registry. Encoding failures become {@link IllegalArgumentException}s naming the argument, since
 * they are bad input found before anything is sent.
 */
public final class BsonEncoding {
    private static final BsonDocumentCodec BSON_DOCUMENT_CODEC = new BsonDocumentCodec();

    private BsonEncoding() {
    }

    /** {@code bson} as a document; fails when it is null. */
    public static BsonDocument toDocument(String what, Bson bson, CodecRegistry registry) {
        Arguments.notNull(what, bson);
        try {
            BsonDocument document = bson.toBsonDocument(BsonDocument.class, registry);
            if (document == null) {
                throw new IllegalArgumentException(what + " encoded to null");
            }
            return document;
        } catch (CodecConfigurationException | BsonSerializationException e) {
            throw new IllegalArgumentException(what + " cannot be encoded as BSON: " + e.getMessage(), e);
        }
    }

    /** {@code bson} as a document, or {@code null} when it is null (an optional argument). */
    public static BsonDocument toDocumentOrNull(String what, Bson bson, CodecRegistry registry) {
        return bson == null ? null : toDocument(what, bson, registry);
    }

    /** Each stage of a pipeline as a document; fails on a null list or a null stage. */
    public static List<BsonDocument> toDocuments(String what, List<? extends Bson> stages, CodecRegistry registry) {
        Arguments.noNullElements(what, stages);
        List<BsonDocument> documents = new ArrayList<>(stages.size());
        for (int i = 0; i < stages.size(); i++) {
            documents.add(toDocument(what + " element " + i, stages.get(i), registry));
        }
        return documents;
    }

    /** A caller's document as a {@link BsonDocument} tree, for validation before it is serialized. */
    public static <T> BsonDocument toTree(String what, T value, Encoder<T> encoder) {
        Arguments.notNull(what, value);
        BsonDocument document = new BsonDocument();
        try {
            encoder.encode(new BsonDocumentWriter(document), value, EncoderContext.builder().isEncodingCollectibleDocument(true).build());
        } catch (CodecConfigurationException | BsonSerializationException e) {
            throw new IllegalArgumentException(what + " cannot be encoded as BSON: " + e.getMessage(), e);
        }
        return document;
    }

    /** Serializes a validated document once; the bytes are then reused by every batch that sends it. */
    public static RawBsonDocument toRaw(String what, BsonDocument document) {
        if (document instanceof RawBsonDocument) {
            return (RawBsonDocument) document;
        }
        try {
            return new RawBsonDocument(document, BSON_DOCUMENT_CODEC);
        } catch (BsonSerializationException e) {
            throw new IllegalArgumentException(what + " cannot be encoded as BSON: " + e.getMessage(), e);
        }
    }

    /** The serialized size of a raw document in bytes. */
    public static int sizeOf(RawBsonDocument document) {
        return document.getByteBuffer().remaining();
    }
}
