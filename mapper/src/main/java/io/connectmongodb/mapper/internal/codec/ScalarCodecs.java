package io.connectmongodb.mapper.internal.codec;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The codecs of single-valued types, looked up by exact class.
 *
 * <p>Mappings: Java numbers to int32/int64/double; boolean; char and String to string;
 * ObjectId; BigDecimal and Decimal128 to decimal128; UUID to binary subtype 4 (standard);
 * byte[] to binary subtype 0; Instant, Date, LocalDateTime (taken as UTC) and LocalDate (UTC
 * midnight) to BSON date-time (millisecond precision, as the server stores it); LocalTime,
 * OffsetDateTime, ZonedDateTime and Duration to their ISO-8601 strings, which keep the
 * offset/zone that a BSON date would lose. Primitive types decode a missing field as zero/false.
 */
public final class ScalarCodecs {
    private static final Map<Class<?>, ValueCodec> CODECS = new HashMap<>();

    static {
        register(Integer.class, (w, v) -> w.writeInt32((Integer) v), r -> NumberConversions.toInt(NumberConversions.readNumber(r)));
        register(Long.class, (w, v) -> w.writeInt64((Long) v), r -> NumberConversions.toLong(NumberConversions.readNumber(r)));
        register(Short.class, (w, v) -> w.writeInt32((Short) v), r -> NumberConversions.toShort(NumberConversions.readNumber(r)));
        register(Byte.class, (w, v) -> w.writeInt32((Byte) v), r -> NumberConversions.toByte(NumberConversions.readNumber(r)));
        register(Double.class, (w, v) -> w.writeDouble((Double) v), r -> NumberConversions.toDouble(NumberConversions.readNumber(r)));
        register(Float.class, (w, v) -> w.writeDouble((Float) v), r -> (float) NumberConversions.toDouble(NumberConversions.readNumber(r)));
        register(Boolean.class, (w, v) -> w.writeBoolean((Boolean) v), BsonReader::readBoolean);
        register(Character.class, (w, v) -> w.writeString(String.valueOf(v)), ScalarCodecs::readCharacter);
        register(String.class, (w, v) -> w.writeString((String) v), BsonReader::readString);
        register(ObjectId.class, (w, v) -> w.writeObjectId((ObjectId) v), BsonReader::readObjectId);
        register(Decimal128.class, (w, v) -> w.writeDecimal128((Decimal128) v), BsonReader::readDecimal128);
        register(BigDecimal.class, (w, v) -> w.writeDecimal128(new Decimal128((BigDecimal) v)),
                r -> NumberConversions.toBigDecimal(NumberConversions.readNumber(r)));
        register(UUID.class, (w, v) -> w.writeBinaryData(uuidToBinary((UUID) v)), ScalarCodecs::readUuid);
        register(byte[].class, (w, v) -> w.writeBinaryData(new BsonBinary((byte[]) v)), r -> r.readBinaryData().getData());
        register(Instant.class, (w, v) -> w.writeDateTime(((Instant) v).toEpochMilli()), r -> Instant.ofEpochMilli(r.readDateTime()));
        register(Date.class, (w, v) -> w.writeDateTime(((Date) v).getTime()), r -> new Date(r.readDateTime()));
        register(LocalDateTime.class, (w, v) -> w.writeDateTime(((LocalDateTime) v).toInstant(ZoneOffset.UTC).toEpochMilli()),
                r -> LocalDateTime.ofInstant(Instant.ofEpochMilli(r.readDateTime()), ZoneOffset.UTC));
        register(LocalDate.class, (w, v) -> w.writeDateTime(((LocalDate) v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()),
                r -> LocalDate.ofInstant(Instant.ofEpochMilli(r.readDateTime()), ZoneOffset.UTC));
        register(LocalTime.class, (w, v) -> w.writeString(v.toString()), r -> LocalTime.parse(r.readString()));
        register(OffsetDateTime.class, (w, v) -> w.writeString(v.toString()), r -> OffsetDateTime.parse(r.readString()));
        register(ZonedDateTime.class, (w, v) -> w.writeString(v.toString()), r -> ZonedDateTime.parse(r.readString()));
        register(Duration.class, (w, v) -> w.writeString(v.toString()), r -> Duration.parse(r.readString()));

        primitive(int.class, Integer.class, 0);
        primitive(long.class, Long.class, 0L);
        primitive(short.class, Short.class, (short) 0);
        primitive(byte.class, Byte.class, (byte) 0);
        primitive(double.class, Double.class, 0.0d);
        primitive(float.class, Float.class, 0.0f);
        primitive(boolean.class, Boolean.class, false);
        primitive(char.class, Character.class, '\0');
    }

    private ScalarCodecs() {
    }

    /** The codec for exactly this class, or {@code null} when it is not a scalar type. */
    public static ValueCodec forClass(Class<?> type) {
        return CODECS.get(type);
    }

    public static BsonBinary uuidToBinary(UUID uuid) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return new BsonBinary(BsonBinarySubType.UUID_STANDARD, bytes.array());
    }

    private static UUID readUuid(BsonReader reader) {
        if (reader.getCurrentBsonType() == BsonType.STRING) {
            return UUID.fromString(reader.readString());
        }
        BsonBinary binary = reader.readBinaryData();
        if (binary.getType() != BsonBinarySubType.UUID_STANDARD.getValue() || binary.getData().length != 16) {
            throw new IllegalArgumentException("expected a standard UUID (binary subtype 4, 16 bytes) but found subtype "
                    + binary.getType() + " with " + binary.getData().length + " bytes");
        }
        ByteBuffer bytes = ByteBuffer.wrap(binary.getData());
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    private static Character readCharacter(BsonReader reader) {
        String text = reader.readString();
        if (text.length() != 1) {
            throw new IllegalArgumentException("expected a one-character string for a char but found \"" + text + "\"");
        }
        return text.charAt(0);
    }

    private static void register(Class<?> type, BiConsumer<BsonWriter, Object> writer, Function<BsonReader, Object> reader) {
        CODECS.put(type, new ValueCodec() {
            @Override
            public void write(BsonWriter bsonWriter, Object value) {
                writer.accept(bsonWriter, value);
            }

            @Override
            public Object read(BsonReader bsonReader) {
                return reader.apply(bsonReader);
            }
        });
    }

    private static void primitive(Class<?> primitive, Class<?> box, Object zero) {
        ValueCodec boxed = CODECS.get(box);
        CODECS.put(primitive, new ValueCodec() {
            @Override
            public void write(BsonWriter writer, Object value) {
                boxed.write(writer, value);
            }

            @Override
            public Object read(BsonReader reader) {
                return boxed.read(reader);
            }

            @Override
            public Object absentValue() {
                return zero;
            }
        });
    }
}
