package io.connectmongodb.driver.internal.bson;

import io.connectmongodb.driver.internal.validation.Arguments;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonSerializationException;
import org.bson.RawBsonDocument;
import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.BsonValueCodecProvider;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.RawBsonDocumentCodec;
import org.bson.codecs.configuration.CodecRegistries;
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
    private static final Codec<BsonDocument> BSON_DOCUMENT_CODEC = new RawPipingDocumentCodec();

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

    /**
     * {@link BsonDocumentCodec} with one change: a {@link RawBsonDocument}, at the top or nested at
     * any depth (a replacement inside an update statement, a raw filter), is piped as its bytes
     * rather than decoded into a tree ({@code RawBsonDocument.entrySet}) and written element by
     * element. The bytes are the same: a raw document's bytes are what the tree codec writes for it.
     * It works by registering itself as the codec for {@code BsonDocument} in the registry its
     * inner tree codec (and the array codec) look document values up in.
     */
    private static final class RawPipingDocumentCodec implements Codec<BsonDocument> {
        private final RawBsonDocumentCodec raw = new RawBsonDocumentCodec();
        private final BsonDocumentCodec tree;

        RawPipingDocumentCodec() {
            CodecRegistry registry = CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(this),
                    CodecRegistries.fromProviders(new BsonValueCodecProvider()));
            this.tree = new BsonDocumentCodec(registry);
        }

        @Override
        public void encode(BsonWriter writer, BsonDocument value, EncoderContext context) {
            if (value instanceof RawBsonDocument rawDocument) {
                raw.encode(writer, rawDocument, context);
            } else {
                tree.encode(writer, value, context);
            }
        }

        @Override
        public BsonDocument decode(BsonReader reader, DecoderContext context) {
            return tree.decode(reader, context);
        }

        @Override
        public Class<BsonDocument> getEncoderClass() {
            return BsonDocument.class;
        }
    }
}
