package io.connectmongodb.mapper.internal.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/** Encodes and decodes through the binary writer and reader, the way documents travel on the wire. */
final class BinaryCodecs {
    private BinaryCodecs() {
    }

    static <T> byte[] encode(Codec<T> codec, T value) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            codec.encode(writer, value, EncoderContext.builder().isEncodingCollectibleDocument(true).build());
        }
        return Arrays.copyOf(buffer.getInternalBuffer(), buffer.getPosition());
    }

    static byte[] bytes(BsonDocument document) {
        return encode(new BsonDocumentCodec(), document);
    }

    static <T> T decode(Codec<T> codec, byte[] bytes) {
        try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bytes))) {
            return codec.decode(reader, DecoderContext.builder().build());
        }
    }
}
