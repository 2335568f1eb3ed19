package io.connectmongodb.driver.internal.wire;

import io.connectmongodb.driver.internal.bson.DefaultDocumentValues;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWrapper;
import org.bson.Document;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonValueCodecProvider;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.ByteBufferBsonInput;

/**
 * Writes {@link BsonValue}s to a {@link BsonWriter} by their BSON type, calling the same writer
 * methods the {@code Bson*Codec}s call, so the bytes are those of {@code BsonDocumentCodec}; but
 * without its codec registry look-up for every value (which allocates a cache key, an Optional
 * and a child registry each time). A caller's {@code Document} still wrapped in a
 * {@code BsonDocumentWrapper} by the default codec is written by {@link DefaultDocumentValues}. {@link AmendedCommand}s are written with their added fields,
 * without being materialized. Values of classes other than the plain {@code Bson*} ones (e.g.
 * a {@code BsonDocumentWrapper}) still go through the registry's codec.
 */
final class BsonValueWriting {
    private static final CodecRegistry REGISTRY = CodecRegistries.fromProviders(new BsonValueCodecProvider());
    private static final EncoderContext CONTEXT = EncoderContext.builder().build();
    private static final String DATABASE = "$db";

    private BsonValueWriting() {
    }

    static void writeDocument(BsonWriter writer, BsonDocument document) {
        if (document instanceof AmendedCommand amended && !amended.isMaterialized()) {
            writeAmended(writer, amended);
            return;
        }
        if (document.getClass() == RawBsonDocument.class) {
            RawBsonDocument raw = (RawBsonDocument) document;
            try (BsonBinaryReader reader = new BsonBinaryReader(new ByteBufferBsonInput(raw.getByteBuffer()))) {
                writer.pipe(reader);
            }
            return;
        }
        if (document instanceof BsonDocumentWrapper<?> wrapper && !wrapper.isUnwrapped()
                && wrapper.getWrappedDocument() instanceof Document wrapped && DefaultDocumentValues.handles(wrapper.getEncoder())
                && DefaultDocumentValues.writable(wrapped)) {
            DefaultDocumentValues.write(writer, wrapped); // a caller's Document filter, without the codec's look-ups
            return;
        }
        if (document.getClass() != BsonDocument.class && !(document instanceof AmendedCommand)
                && !(document instanceof BsonDocumentWrapper<?> unwrapped && unwrapped.isUnwrapped())) {
            encodeWithRegistry(writer, document);
            return;
        }
        writer.writeStartDocument();
        for (Map.Entry<String, BsonValue> field : document.entrySet()) {
            writer.writeName(field.getKey());
            writeValue(writer, field.getValue());
        }
        writer.writeEndDocument();
    }

    /** The base's fields (minus {@code $db}) with the added ones in place or after them, then {@code $db}. */
    private static void writeAmended(BsonWriter writer, AmendedCommand command) {
        writer.writeStartDocument();
        BsonValue database = null;
        int count = command.addedCount();
        long writtenInPlace = 0; // bit i: added field i already written in place (count <= 8)
        for (Map.Entry<String, BsonValue> field : command.base().entrySet()) {
            String name = field.getKey();
            if (name.equals(DATABASE)) {
                database = field.getValue();
                continue;
            }
            int added = command.indexOf(name);
            if (added < 0) {
                writer.writeName(name);
                writeValue(writer, field.getValue());
            } else if (command.replacesInPlace(added)) {
                writer.writeName(name);
                writeValue(writer, command.addedValue(added));
                writtenInPlace |= 1L << added;
            }
        }
        for (int i = 0; i < count; i++) {
            if ((writtenInPlace & (1L << i)) == 0 && !command.removes(i)) {
                writer.writeName(command.addedName(i));
                writeValue(writer, command.addedValue(i));
            }
        }
        if (database != null) {
            writer.writeName(DATABASE);
            writeValue(writer, database);
        }
        writer.writeEndDocument();
    }

    static void writeValue(BsonWriter writer, BsonValue value) {
        switch (value.getBsonType()) {
            case DOCUMENT -> writeDocument(writer, (BsonDocument) value);
            case ARRAY -> writeArray(writer, value);
            case STRING -> writer.writeString(value.asString().getValue());
            case INT32 -> writer.writeInt32(value.asInt32().getValue());
            case INT64 -> writer.writeInt64(value.asInt64().getValue());
            case DOUBLE -> writer.writeDouble(value.asDouble().getValue());
            case BOOLEAN -> writer.writeBoolean(value.asBoolean().getValue());
            case NULL -> writer.writeNull();
            case OBJECT_ID -> writer.writeObjectId(value.asObjectId().getValue());
            case DATE_TIME -> writer.writeDateTime(value.asDateTime().getValue());
            case TIMESTAMP -> writer.writeTimestamp(value.asTimestamp());
            case DECIMAL128 -> writer.writeDecimal128(value.asDecimal128().getValue());
            case BINARY -> writer.writeBinaryData(value.asBinary());
            default -> encodeWithRegistry(writer, value);
        }
    }

    private static void writeArray(BsonWriter writer, BsonValue value) {
        if (value.getClass() != BsonArray.class) {
            encodeWithRegistry(writer, value);
            return;
        }
        writer.writeStartArray();
        for (BsonValue element : (BsonArray) value) {
            writeValue(writer, element);
        }
        writer.writeEndArray();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void encodeWithRegistry(BsonWriter writer, BsonValue value) {
        Codec codec = REGISTRY.get(value.getClass());
        CONTEXT.encodeWithChildContext(codec, writer, value);
    }
}
