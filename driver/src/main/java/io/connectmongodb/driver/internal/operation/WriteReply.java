package io.connectmongodb.driver.internal.operation;

import org.bson.BsonArray;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonArrayCodec;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;

/**
 * The fields of one insert/update/delete reply that a write merges: {@code n}, {@code nModified},
 * {@code upserted}, {@code writeErrors} and {@code writeConcernError}.
 *
 * <p>A reply received from the server ({@link RawBsonDocument}) is read in one pass of a binary
 * reader: numbers are read in place, the rare arrays and documents are decoded only when present,
 * and every other field is skipped. Other documents (tests, fakes) are read by key.
 *
 * @param upserted          the {@code upserted} entries, or {@code null}
 * @param writeErrors       the {@code writeErrors} entries, or {@code null}
 * @param writeConcernError the {@code writeConcernError} document, or {@code null}
 * @param errorLabels       the reply's top-level {@code errorLabels} (such as {@code RetryableWriteError}
 *                          on a write concern error), or {@code null}
 */
record WriteReply(long n, long nModified, BsonArray upserted, BsonArray writeErrors, BsonDocument writeConcernError,
                  BsonArray errorLabels) {
    private static final BsonArrayCodec ARRAY_CODEC = new BsonArrayCodec();
    private static final BsonDocumentCodec DOCUMENT_CODEC = new BsonDocumentCodec();
    private static final DecoderContext CONTEXT = DecoderContext.builder().build();

    static WriteReply of(BsonDocument reply) {
        if (reply instanceof RawBsonDocument) {
            return read((RawBsonDocument) reply);
        }
        return new WriteReply(reply.containsKey("n") ? reply.getNumber("n").longValue() : 0,
                reply.containsKey("nModified") ? reply.getNumber("nModified").longValue() : 0,
                reply.containsKey("upserted") ? reply.getArray("upserted") : null,
                reply.containsKey("writeErrors") ? reply.getArray("writeErrors") : null,
                reply.containsKey("writeConcernError") ? reply.getDocument("writeConcernError") : null,
                reply.containsKey("errorLabels") ? reply.getArray("errorLabels") : null);
    }

    private static WriteReply read(RawBsonDocument reply) {
        long n = 0;
        long nModified = 0;
        BsonArray upserted = null;
        BsonArray writeErrors = null;
        BsonDocument writeConcernError = null;
        BsonArray errorLabels = null;
        try (BsonBinaryReader reader = new BsonBinaryReader(reply.getByteBuffer().asNIO())) {
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String name = reader.readName();
                switch (name) {
                    case "n":
                        n = readNumber(reader, name);
                        break;
                    case "nModified":
                        nModified = readNumber(reader, name);
                        break;
                    case "upserted":
                        upserted = readArray(reader, name);
                        break;
                    case "writeErrors":
                        writeErrors = readArray(reader, name);
                        break;
                    case "writeConcernError":
                        requireType(reader, name, BsonType.DOCUMENT);
                        writeConcernError = DOCUMENT_CODEC.decode(reader, CONTEXT);
                        break;
                    case "errorLabels":
                        errorLabels = readArray(reader, name);
                        break;
                    default:
                        reader.skipValue();
                }
            }
        }
        return new WriteReply(n, nModified, upserted, writeErrors, writeConcernError, errorLabels);
    }

    private static long readNumber(BsonReader reader, String name) {
        switch (reader.getCurrentBsonType()) {
            case INT32:
                return reader.readInt32();
            case INT64:
                return reader.readInt64();
            case DOUBLE:
                return (long) reader.readDouble();
            case DECIMAL128:
                return reader.readDecimal128().longValue();
            default:
                throw new BsonInvalidOperationException("Value of '" + name + "' expected to be a number, but is of type "
                        + reader.getCurrentBsonType());
        }
    }

    private static BsonArray readArray(BsonReader reader, String name) {
        requireType(reader, name, BsonType.ARRAY);
        return ARRAY_CODEC.decode(reader, CONTEXT);
    }

    private static void requireType(BsonReader reader, String name, BsonType expected) {
        if (reader.getCurrentBsonType() != expected) {
            throw new BsonInvalidOperationException("Value of '" + name + "' expected to be of type " + expected
                    + ", but is of type " + reader.getCurrentBsonType());
        }
    }

    /** Each entry of an optional array, empty when absent. */
    static Iterable<BsonValue> entries(BsonArray array) {
        return array == null ? java.util.List.of() : array;
    }
}
