package io.connectmongodb.driver.internal.bson;

import io.connectmongodb.driver.MongoClientSettings;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.Decoder;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.RawBsonDocumentCodec;

/**
 * Turns documents and values of a server reply into the caller's types through their codecs.
 *
 * <p>Received documents are read straight from their bytes. When the decoder is the default
 * registry's {@code Document} codec (the common {@code MongoCollection<Document>}), the document is
 * built by {@link DocumentBytesReader} with the same result as that codec; otherwise, or when that
 * reader leaves the input to the codec, the codec reads the bytes through a binary reader. Either
 * way no intermediate {@link BsonDocument} tree and no copy of the bytes is made. A
 * {@link RawBsonDocumentCodec} result is the document's bytes copied once into an array of its own.
 *
 * <p>{@link #replyViewCodec()} is a {@code RawBsonDocument} codec for callers that read a whole
 * reply themselves (GridFS chunk batches): a received reply decoded with it is handed out as is, a
 * view over the array the reply was read into, instead of being copied. That is safe because every
 * reply is read into an array of its own that is never reused (see the connection's read); the
 * view keeps that array alive for as long as the caller holds it, so it is only for callers that
 * drop the reply when done with it. Anywhere else the codec copies, like {@link RawBsonDocumentCodec}.
 */
public final class BsonDecoding {
    private static final DecoderContext CONTEXT = DecoderContext.builder().build();
    /** Registries cache their codecs, so the default registry hands out this one instance. */
    private static final Decoder<Document> DEFAULT_DOCUMENT_CODEC =
            MongoClientSettings.getDefaultCodecRegistry().get(Document.class);

    private static final Codec<RawBsonDocument> REPLY_VIEW_CODEC = new ReplyViewCodec();

    private BsonDecoding() {
    }

    /**
     * The codec whose decoding of a whole received reply by {@link #decode(BsonDocument, Decoder)}
     * returns the reply itself (no copy); register it ahead of others for {@code RawBsonDocument}.
     */
    public static Codec<RawBsonDocument> replyViewCodec() {
        return REPLY_VIEW_CODEC;
    }

    /** Decodes {@code document} with {@code decoder}. */
    @SuppressWarnings("unchecked")
    public static <T> T decode(BsonDocument document, Decoder<T> decoder) {
        if (document instanceof RawBsonDocument raw) {
            if (decoder == REPLY_VIEW_CODEC) {
                return (T) raw;
            }
            if (decoder.getClass() == RawBsonDocumentCodec.class) {
                ByteBuffer buffer = raw.getByteBuffer().asNIO();
                return (T) ownCopy(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            }
            if (decoder == DEFAULT_DOCUMENT_CODEC) {
                ByteBuffer buffer = raw.getByteBuffer().asNIO();
                int offset = buffer.arrayOffset() + buffer.position();
                Document read = DocumentBytesReader.readOrNull(buffer.array(), offset, offset + buffer.remaining());
                if (read != null) {
                    return (T) read;
                }
            }
            return raw.decode(decoder);
        }
        return decoder.decode(new BsonDocumentReader(document), CONTEXT);
    }

    /**
     * Decodes the well-framed document at {@code bytes[offset ..]} (its length prefix says where it
     * ends) with {@code decoder}, reading it in place; decoders copy what they read, so results do not share {@code bytes}.
     */
    @SuppressWarnings("unchecked")
    public static <T> T decode(byte[] bytes, int offset, Decoder<T> decoder) {
        int length = BsonBytes.readInt(bytes, offset);
        if (decoder.getClass() == RawBsonDocumentCodec.class) {
            return (T) ownCopy(bytes, offset, length);
        }
        if (decoder == DEFAULT_DOCUMENT_CODEC) {
            Document document = DocumentBytesReader.readOrNull(bytes, offset, offset + length);
            if (document != null) {
                return (T) document;
            }
        }
        return new RawBsonDocument(bytes, offset, length).decode(decoder);
    }

    /**
     * What {@link RawBsonDocumentCodec} returns for well-framed bytes (it pipes them through a
     * reader and writer into a growing buffer): the same bytes, here copied once into an array of
     * their own, so the result does not keep the whole reply alive.
     */
    private static RawBsonDocument ownCopy(byte[] bytes, int offset, int length) {
        return new RawBsonDocument(Arrays.copyOfRange(bytes, offset, offset + length), 0, length);
    }

    /**
     * Decodes a single value (such as one result of {@code distinct}). The value is wrapped in a
     * one-field document because a BSON reader can only start at a document.
     */
    public static <T> T decodeValue(BsonValue value, Decoder<T> decoder) {
        if (value.isNull()) {
            return null;
        }
        BsonDocumentReader reader = new BsonDocumentReader(new BsonDocument("v", value));
        reader.readStartDocument();
        reader.readName();
        return decoder.decode(reader, CONTEXT);
    }

    /** Copies like {@link RawBsonDocumentCodec} wherever it is not recognised as the reply view codec. */
    private static final class ReplyViewCodec implements Codec<RawBsonDocument> {
        private final RawBsonDocumentCodec copying = new RawBsonDocumentCodec();

        @Override
        public RawBsonDocument decode(BsonReader reader, DecoderContext decoderContext) {
            return copying.decode(reader, decoderContext);
        }

        @Override
        public void encode(BsonWriter writer, RawBsonDocument value, EncoderContext encoderContext) {
            copying.encode(writer, value, encoderContext);
        }

        @Override
        public Class<RawBsonDocument> getEncoderClass() {
            return RawBsonDocument.class;
        }
    }
}
