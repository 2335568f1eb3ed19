package io.connectmongodb.driver.internal.bson;

import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonValue;
import org.bson.codecs.Decoder;
import org.bson.codecs.DecoderContext;

/** Turns documents and values of a server reply into the caller's types through their codecs. */
public final class BsonDecoding {
    private static final DecoderContext CONTEXT = DecoderContext.builder().build();

    private BsonDecoding() {
    }

    public static <T> T decode(BsonDocument document, Decoder<T> decoder) {
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
