package io.connectmongodb.driver.internal.wire;

import io.connectmongodb.driver.internal.bson.DefaultDocumentWriter;
import java.nio.ByteBuffer;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBinaryWriter;
import org.bson.BsonBinaryWriterSettings;
import org.bson.BsonWriterSettings;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWrapper;
import org.bson.BsonSerializationException;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.BsonValueCodecProvider;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BasicOutputBuffer;

/**
 * Writes command documents straight into the message buffer, byte by byte, with the bytes
 * {@code BsonBinaryWriter} + {@code BsonDocumentCodec} would give, but without a codec registry
 * look-up per value (a cache key, an Optional and a child registry each time) or the writer's
 * per-document state objects:
 * <ul>
 *   <li>plain {@link BsonDocument}s and {@link BsonArray}s element by element (type byte, name as a
 *       C string, value), sizes back-patched;</li>
 *   <li>{@link RawBsonDocument}s (an {@code lsid}, a {@code $clusterTime}) as a copy of their bytes;</li>
 *   <li>an {@link AmendedCommand} with its added fields, never materialized;</li>
 *   <li>a caller's {@code Document} in a {@link BsonDocumentWrapper} of the default codec by
 *       {@link DefaultDocumentWriter#writeArgument}.</li>
 * </ul>
 * Any other value (another {@code BsonDocument} subclass, JavaScript with scope, a document the
 * default writer gives back) is encoded by its codec into a small side buffer through a
 * {@code BsonBinaryWriter} and its value bytes copied, so the bytes stay those of the codec.
 * Names with NUL fail in the output's C-string check, as with the binary writer; nesting deeper
 * than the binary writer's default limit fails with its message.
 */
final class CommandDocumentWriter {
    /** {@code BsonWriterSettings}' default maximum serialization depth. */
    private static final int MAX_DEPTH = 1024;
    /**
     * Values nested deeper than this are left to the codec, whose writer is given the rest of the
     * depth budget: this writer's frames are larger, so deep recursion here could overflow the
     * stack before the depth limit is reached (and such commands are rare).
     */
    private static final int OWN_DEPTH = 64;
    private static final CodecRegistry REGISTRY = CodecRegistries.fromProviders(new BsonValueCodecProvider());
    private static final EncoderContext CONTEXT = EncoderContext.builder().build();
    private static final String DATABASE = "$db";
    /** Where a value starts in the side buffer's {@code {"v": value}}: size, type byte, "v\0". */
    private static final int SIDE_VALUE_START = 4 + 1 + 2;

    private CommandDocumentWriter() {
    }

    /** Appends {@code document} to {@code out}. */
    static void writeDocument(BasicOutputBuffer out, BsonDocument document) {
        if (document.getClass() == BsonDocument.class || document.getClass() == RawBsonDocument.class
                || document instanceof AmendedCommand) {
            writeDocument(out, document, 0);
        } else {
            try (BsonBinaryWriter writer = new BsonBinaryWriter(out)) { // another subclass: as the codec writes it
                new BsonDocumentCodec().encode(writer, document, CONTEXT);
            }
        }
    }

    private static void writeDocument(BasicOutputBuffer out, BsonDocument document, int depth) {
        if (depth >= MAX_DEPTH) {
            throw new BsonSerializationException("Maximum serialization depth exceeded (does the object being "
                    + "serialized have a circular reference?).");
        }
        if (document instanceof AmendedCommand amended && !amended.isMaterialized()) {
            writeAmended(out, amended, depth);
        } else if (document.getClass() == RawBsonDocument.class) {
            ByteBuffer bytes = ((RawBsonDocument) document).getByteBuffer().asNIO();
            out.writeBytes(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } else { // a plain BsonDocument or a materialized AmendedCommand (see writesItself)
            int start = begin(out);
            for (Map.Entry<String, BsonValue> field : document.entrySet()) {
                writeElement(out, field.getKey(), field.getValue(), depth);
            }
            end(out, start);
        }
    }

    /** The base's fields (minus {@code $db}) with the added ones in place or after them, then {@code $db}. */
    private static void writeAmended(BasicOutputBuffer out, AmendedCommand command, int depth) {
        int start = begin(out);
        BsonValue database = null;
        int count = command.addedCount();
        long writtenInPlace = 0; // bit i: added field i already written in place (at most 8)
        for (Map.Entry<String, BsonValue> field : command.base().entrySet()) {
            String name = field.getKey();
            if (name.equals(DATABASE)) {
                database = field.getValue();
                continue;
            }
            int added = command.indexOf(name);
            if (added < 0) {
                writeElement(out, name, field.getValue(), depth);
            } else if (command.replacesInPlace(added)) {
                writeElement(out, name, command.addedValue(added), depth);
                writtenInPlace |= 1L << added;
            }
        }
        for (int i = 0; i < count; i++) {
            if ((writtenInPlace & (1L << i)) == 0 && !command.removes(i)) {
                writeElement(out, command.addedName(i), command.addedValue(i), depth);
            }
        }
        if (database != null) {
            writeElement(out, DATABASE, database, depth);
        }
        end(out, start);
    }

    private static void writeArray(BasicOutputBuffer out, BsonArray array, int depth) {
        if (depth >= MAX_DEPTH) {
            throw new BsonSerializationException("Maximum serialization depth exceeded (does the object being "
                    + "serialized have a circular reference?).");
        }
        int start = begin(out);
        int index = 0;
        for (BsonValue element : array) {
            writeElement(out, Integer.toString(index++), element, depth);
        }
        end(out, start);
    }

    private static void writeElement(BasicOutputBuffer out, String name, BsonValue value, int depth) {
        BsonType type = value.getBsonType();
        if (!writesItself(value, type) || depth >= OWN_DEPTH && (type == BsonType.DOCUMENT || type == BsonType.ARRAY)) {
            writeWithCodec(out, name, value, depth);
            return;
        }
        out.writeByte(type.getValue());
        out.writeCString(name);
        switch (type) {
            case DOCUMENT -> {
                if (value instanceof BsonDocumentWrapper<?> wrapper) {
                    writeWrapped(out, wrapper, depth);
                } else {
                    writeDocument(out, (BsonDocument) value, depth + 1);
                }
            }
            case ARRAY -> writeArray(out, (BsonArray) value, depth + 1);
            case STRING -> out.writeString(value.asString().getValue());
            case SYMBOL -> out.writeString(value.asSymbol().getSymbol());
            case JAVASCRIPT -> out.writeString(value.asJavaScript().getCode());
            case INT32 -> out.writeInt32(value.asInt32().getValue());
            case INT64 -> out.writeInt64(value.asInt64().getValue());
            case DOUBLE -> out.writeDouble(value.asDouble().getValue());
            case BOOLEAN -> out.writeByte(value.asBoolean().getValue() ? 1 : 0);
            case OBJECT_ID -> out.writeObjectId(value.asObjectId().getValue());
            case DATE_TIME -> out.writeInt64(value.asDateTime().getValue());
            case TIMESTAMP -> out.writeInt64(value.asTimestamp().getValue());
            case DECIMAL128 -> {
                out.writeInt64(value.asDecimal128().getValue().getLow());
                out.writeInt64(value.asDecimal128().getValue().getHigh());
            }
            case BINARY -> writeBinary(out, value.asBinary());
            case REGULAR_EXPRESSION -> {
                out.writeCString(value.asRegularExpression().getPattern());
                out.writeCString(value.asRegularExpression().getOptions());
            }
            case DB_POINTER -> {
                out.writeString(value.asDBPointer().getNamespace());
                out.writeBytes(value.asDBPointer().getId().toByteArray());
            }
            default -> {
                // NULL, UNDEFINED, MIN_KEY, MAX_KEY: the type byte says it all
            }
        }
    }

    /** Whether this class writes {@code value} itself; anything else goes through its codec. */
    private static boolean writesItself(BsonValue value, BsonType type) {
        return switch (type) {
            case DOCUMENT -> value.getClass() == BsonDocument.class || value.getClass() == RawBsonDocument.class
                    || value instanceof AmendedCommand || value instanceof BsonDocumentWrapper<?> wrapper
                    && !wrapper.isUnwrapped() && wrapper.getWrappedDocument() instanceof Document
                    && DefaultDocumentWriter.handles(wrapper.getEncoder());
            case ARRAY -> value.getClass() == BsonArray.class;
            case JAVASCRIPT_WITH_SCOPE, END_OF_DOCUMENT -> false;
            default -> true;
        };
    }

    /** A caller's Document of the default codec; when it holds something else, its codec writes it after all. */
    private static void writeWrapped(BasicOutputBuffer out, BsonDocumentWrapper<?> wrapper, int depth) {
        int start = out.getPosition();
        if (!DefaultDocumentWriter.writeArgument((Document) wrapper.getWrappedDocument(), out)) {
            out.truncateToPosition(start);
            writeValueBytesWithCodec(out, wrapper, depth);
        }
    }

    private static void writeBinary(BasicOutputBuffer out, BsonBinary binary) {
        byte[] data = binary.getData();
        if (binary.getType() == BsonBinarySubType.OLD_BINARY.getValue()) {
            out.writeInt32(data.length + 4);
            out.writeByte(binary.getType());
            out.writeInt32(data.length);
        } else {
            out.writeInt32(data.length);
            out.writeByte(binary.getType());
        }
        out.writeBytes(data);
    }

    private static void writeWithCodec(BasicOutputBuffer out, String name, BsonValue value, int depth) {
        out.writeByte(value.getBsonType().getValue());
        out.writeCString(name);
        writeValueBytesWithCodec(out, value, depth);
    }

    /**
     * Encodes {@code {"v": value}} with the codec into a side buffer and copies the value's bytes.
     * The value's parent is at {@code depth}; the side writer's limit is what is left of
     * {@link #MAX_DEPTH}, so the command fails at the same nesting as with one binary writer.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void writeValueBytesWithCodec(BasicOutputBuffer out, BsonValue value, int depth) {
        BasicOutputBuffer side = new BasicOutputBuffer(256);
        BsonWriterSettings limit = new BsonWriterSettings(MAX_DEPTH - depth);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(limit, new BsonBinaryWriterSettings(), side)) {
            writer.writeStartDocument();
            writer.writeName("v");
            Codec codec = REGISTRY.get(value.getClass());
            CONTEXT.encodeWithChildContext(codec, writer, value);
            writer.writeEndDocument();
        }
        out.writeBytes(side.getInternalBuffer(), SIDE_VALUE_START, side.getPosition() - SIDE_VALUE_START - 1);
    }

    private static int begin(BasicOutputBuffer out) {
        int start = out.getPosition();
        out.writeInt32(0);
        return start;
    }

    private static void end(BasicOutputBuffer out, int start) {
        out.writeByte(0);
        out.writeInt32(start, out.getPosition() - start);
    }
}
