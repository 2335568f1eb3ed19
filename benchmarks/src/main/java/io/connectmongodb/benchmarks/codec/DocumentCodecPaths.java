package io.connectmongodb.benchmarks.codec;

import io.connectmongodb.driver.internal.bson.BsonDecoding;
import io.connectmongodb.driver.internal.bson.BsonEncoding;
import io.connectmongodb.driver.internal.bson.StoredDocumentEncoder;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

import java.nio.ByteBuffer;

/**
 * The two ways a caller's {@link Document} becomes BSON bytes and back, as each driver does it for a
 * {@code MongoCollection<Document>} (each with its own client's default registry's codec):
 * <ul>
 *   <li>ours (driver/internal/bson, used by inserts and cursors): encode = the insert path,
 *       {@code StoredDocumentEncoder.encodeInsert}: the codec writes straight to bytes through a
 *       name-validating binary writer into a reused per-thread buffer, then one copy into the
 *       document's own exactly-sized array; decode = {@code BsonDecoding.decode} over the received
 *       bytes in place (for the default {@code Document} codec, the driver's byte-level reader);</li>
 *   <li>official: the codec writes straight into a {@code BsonBinaryWriter} over an output buffer;
 *       decode reads straight from a {@code BsonBinaryReader}.</li>
 * </ul>
 */
public final class DocumentCodecPaths {
    /** What {@code MongoCollection<Document>} uses in each driver: its client's default registry's codec. */
    private static final Codec<Document> OURS_CODEC =
            io.connectmongodb.driver.MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
    private static final Codec<Document> OFFICIAL_CODEC =
            com.mongodb.MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
    private static final EncoderContext ENCODE = EncoderContext.builder().isEncodingCollectibleDocument(true).build();
    private static final DecoderContext DECODE = DecoderContext.builder().build();

    private DocumentCodecPaths() {
    }

    /** Our encode path; returns the encoded size. */
    public static int oursEncode(Document document) {
        RawBsonDocument raw = StoredDocumentEncoder.encodeInsert("document", document, OURS_CODEC).document();
        return BsonEncoding.sizeOf(raw);
    }

    /** Our decode path over {@code bytes}. */
    public static Document oursDecode(byte[] bytes) {
        return BsonDecoding.decode(bytes, 0, OURS_CODEC);
    }

    /** The official driver's encode path; returns the bytes. */
    public static byte[] officialEncode(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            OFFICIAL_CODEC.encode(writer, document, ENCODE);
        }
        return buffer.toByteArray();
    }

    /**
     * The official driver's encode path into a reused buffer (that driver takes its output buffers
     * from a pool); returns the encoded size.
     */
    public static int officialEncode(Document document, BasicOutputBuffer reused) {
        reused.truncateToPosition(0);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(reused)) {
            OFFICIAL_CODEC.encode(writer, document, ENCODE);
        }
        return reused.getPosition();
    }

    /** The official driver's decode path over {@code bytes}. */
    public static Document officialDecode(byte[] bytes) {
        try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bytes))) {
            return OFFICIAL_CODEC.decode(reader, DECODE);
        }
    }
}
