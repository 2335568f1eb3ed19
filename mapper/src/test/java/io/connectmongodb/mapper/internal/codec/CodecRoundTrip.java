package io.connectmongodb.mapper.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.connectmongodb.mapper.internal.model.EntityModels;

import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/** Encodes entities to BsonDocuments and back through a fresh set of generated codecs. */
final class CodecRoundTrip {
    private final EntityModels models = new EntityModels();

    <T> BsonDocument encode(Class<T> type, T value) {
        BsonDocument document = new BsonDocument();
        models.codec(type).encode(new BsonDocumentWriter(document), value, EncoderContext.builder().build());
        return document;
    }

    <T> T decode(Class<T> type, BsonDocument document) {
        return models.codec(type).decode(new BsonDocumentReader(document), DecoderContext.builder().build());
    }

    /** Asserts the exact BSON produced, then decodes it and returns the result. */
    <T> T roundTrip(Class<T> type, T value, String expectedJson) {
        BsonDocument encoded = encode(type, value);
        assertEquals(BsonDocument.parse(expectedJson), encoded);
        assertEquals(BsonDocument.parse(expectedJson).toJson(), encoded.toJson(), "field order");
        return decode(type, encoded);
    }

    EntityModels models() {
        return models;
    }
}
