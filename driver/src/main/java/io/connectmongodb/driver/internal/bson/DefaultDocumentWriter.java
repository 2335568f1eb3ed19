package io.connectmongodb.driver.internal.bson;

import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.internal.validation.StoredFieldNameValidator;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import org.bson.BsonBinarySubType;
import org.bson.BsonType;
import org.bson.BsonRegularExpression;
import org.bson.BsonTimestamp;
import org.bson.BsonUndefined;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.Encoder;
import org.bson.io.BsonOutput;
import org.bson.types.Binary;
import org.bson.types.Code;
import org.bson.types.CodeWithScope;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.bson.types.Symbol;

/**
 * Writes an {@link org.bson.Document} to BSON bytes without a codec registry, for the one codec
 * whose output is known: the {@code DocumentCodec} of the driver's default registry
 * ({@link MongoClientSettings#getDefaultCodecRegistry()}). That codec looks up a codec for every
 * value (an allocation-heavy registry call); here the common value classes are written directly,
 * with the same bytes the registry's codecs produce:
 * {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean}, {@code ObjectId},
 * {@code Date}, {@code Decimal128}, {@code Binary} (not the old subtype 2), {@code byte[]},
 * {@code null}, {@code MinKey}, {@code MaxKey}, {@code Code}, {@code CodeWithScope}, {@code Symbol},
 * {@code BsonTimestamp}, {@code BsonRegularExpression}, {@code BsonUndefined}, nested
 * {@code Document}s and {@code Map}s with string keys, and collections (as arrays). At the top level of a stored document {@code _id} goes first, as the codec does for a
 * collectible document.
 *
 * <p>Field names are checked like {@link StoredFieldNameValidator} does. Anything else (another
 * value class, a refused name, nesting deeper than {@link #MAX_DEPTH}) makes {@link #write} answer
 * false at once; the caller then discards the partial bytes and encodes with the codec, which gives
 * the usual result or error. So this class never changes what is sent, only how fast.
 */
public final class DefaultDocumentWriter {
    /** Deeper documents go through the codec, whose writer enforces its own depth limit. */
    static final int MAX_DEPTH = 100;
    private static final Encoder<Document> DEFAULT_CODEC = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
    private static final String ID = "_id";

    private DefaultDocumentWriter() {
    }

    /** Whether {@code encoder} is the default registry's document codec, whose output this class reproduces. */
    public static boolean handles(Encoder<?> encoder) {
        return encoder == DEFAULT_CODEC;
    }

    /**
     * Appends {@code document} as a collectible (stored) document, or answers false, with the
     * output left partly written, when it holds something only the codec may write.
     */
    static boolean write(Document document, BsonOutput out) {
        int start = out.getPosition();
        out.writeInt32(0);
        Object id = document.get(ID);
        if (id != null || document.containsKey(ID)) {
            if (!writeElement(out, ID, id, 1)) {
                return false;
            }
        }
        for (Map.Entry<String, Object> field : document.entrySet()) {
            String name = field.getKey();
            if (name.equals(ID)) {
                continue;
            }
            if (name.startsWith("$") || !writeElement(out, name, field.getValue(), 1)) {
                return false;
            }
        }
        return end(out, start);
    }

    /**
     * Appends {@code document} as a command argument (a filter, a projection): fields in their own
     * order, no name rules beyond the output's own refusal of NUL. False, with the output partly
     * written, when it holds something only the codec may write.
     */
    public static boolean writeArgument(Document document, BsonOutput out) {
        return writeMap(out, document, 1);
    }

    private static boolean writeMap(BsonOutput out, Map<?, ?> map, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        int start = out.getPosition();
        out.writeInt32(0);
        for (Map.Entry<?, ?> field : map.entrySet()) {
            if (!(field.getKey() instanceof String name) || !writeElement(out, name, field.getValue(), depth + 1)) {
                return false;
            }
        }
        return end(out, start);
    }

    private static boolean writeArray(BsonOutput out, Collection<?> values, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        int start = out.getPosition();
        out.writeInt32(0);
        int index = 0;
        for (Object value : values) {
            if (!writeElement(out, Integer.toString(index++), value, depth + 1)) {
                return false;
            }
        }
        return end(out, start);
    }

    private static boolean end(BsonOutput out, int start) {
        out.writeByte(0);
        out.writeInt32(start, out.getPosition() - start);
        return true;
    }

    /** Type byte, name and value; false (before the name is written) for what only the codec may write. */
    private static boolean writeElement(BsonOutput out, String name, Object value, int depth) {
        if (name.indexOf('\0') >= 0) {
            return false;
        }
        if (value == null) {
            header(out, BsonType.NULL, name);
            return true;
        }
        Class<?> type = value.getClass();
        if (type == String.class) {
            header(out, BsonType.STRING, name);
            out.writeString((String) value);
        } else if (type == Integer.class) {
            header(out, BsonType.INT32, name);
            out.writeInt32((Integer) value);
        } else if (type == Long.class) {
            header(out, BsonType.INT64, name);
            out.writeInt64((Long) value);
        } else if (type == Double.class) {
            header(out, BsonType.DOUBLE, name);
            out.writeDouble((Double) value);
        } else if (type == Boolean.class) {
            header(out, BsonType.BOOLEAN, name);
            out.writeByte((Boolean) value ? 1 : 0);
        } else if (type == ObjectId.class) {
            header(out, BsonType.OBJECT_ID, name);
            out.writeObjectId((ObjectId) value);
        } else if (type == Date.class) {
            header(out, BsonType.DATE_TIME, name);
            out.writeInt64(((Date) value).getTime());
        } else if (type == Decimal128.class) {
            header(out, BsonType.DECIMAL128, name);
            out.writeInt64(((Decimal128) value).getLow());
            out.writeInt64(((Decimal128) value).getHigh());
        } else if (type == byte[].class) {
            writeBinary(out, name, BsonBinarySubType.BINARY.getValue(), (byte[]) value);
        } else if (type == Binary.class && ((Binary) value).getType() != BsonBinarySubType.OLD_BINARY.getValue()) {
            writeBinary(out, name, ((Binary) value).getType(), ((Binary) value).getData());
        } else if (type == MinKey.class || type == MaxKey.class || type == BsonUndefined.class) {
            header(out, type == MinKey.class ? BsonType.MIN_KEY : type == MaxKey.class ? BsonType.MAX_KEY : BsonType.UNDEFINED, name);
        } else if (type == Code.class) {
            header(out, BsonType.JAVASCRIPT, name);
            out.writeString(((Code) value).getCode());
        } else if (type == Symbol.class) {
            header(out, BsonType.SYMBOL, name);
            out.writeString(((Symbol) value).getSymbol());
        } else if (type == BsonTimestamp.class) {
            header(out, BsonType.TIMESTAMP, name);
            out.writeInt64(((BsonTimestamp) value).getValue());
        } else if (type == BsonRegularExpression.class) {
            header(out, BsonType.REGULAR_EXPRESSION, name);
            out.writeCString(((BsonRegularExpression) value).getPattern());
            out.writeCString(((BsonRegularExpression) value).getOptions());
        } else if (type == CodeWithScope.class) {
            return writeCodeWithScope(out, name, (CodeWithScope) value, depth);
        } else if (value instanceof BsonValue) {
            return false;
        } else if (type == Document.class || value instanceof Map) {
            header(out, BsonType.DOCUMENT, name);
            return writeMap(out, (Map<?, ?>) value, depth);
        } else if (value instanceof Collection) {
            header(out, BsonType.ARRAY, name);
            return writeArray(out, (Collection<?>) value, depth);
        } else {
            return false;
        }
        return true;
    }

    /** Total size (int32, back-patched), the code as a string, then the scope document. */
    private static boolean writeCodeWithScope(BsonOutput out, String name, CodeWithScope value, int depth) {
        header(out, BsonType.JAVASCRIPT_WITH_SCOPE, name);
        int start = out.getPosition();
        out.writeInt32(0);
        out.writeString(value.getCode());
        if (!writeMap(out, value.getScope(), depth)) {
            return false;
        }
        out.writeInt32(start, out.getPosition() - start);
        return true;
    }

    private static void writeBinary(BsonOutput out, String name, byte subtype, byte[] data) {
        header(out, BsonType.BINARY, name);
        out.writeInt32(data.length);
        out.writeByte(subtype);
        out.writeBytes(data);
    }

    private static void header(BsonOutput out, BsonType type, String name) {
        out.writeByte(type.getValue());
        out.writeCString(name);
    }
}
