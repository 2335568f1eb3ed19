package io.connectmongodb.driver.internal.bson;

import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.Decoder;
import org.bson.codecs.DecoderContext;

/** Turns documents and values of a server reply into the caller's types through their codecs. */
public final class BsonDecoding {
    private static final DecoderContext CONTEXT = DecoderContext.builder().build();

    private BsonDecoding() {
    }

    /**
     * Decodes {@code document} with {@code decoder}. Reply documents are {@link RawBsonDocument}s
     * over the received bytes: those are read straight from their bytes with a binary reader,
     * which avoids building an intermediate {@link BsonDocument} tree per document.
     */
    public static <T> T decode(BsonDocument document, Decoder<T> decoder) {
        if (document instanceof RawBsonDocument) {
            return ((RawBsonDocument) document).decode(decoder);
        }
        return decoder.decode(new BsonDocumentReader(document), CONTEXT);
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
}
