package io.connectmongodb.driver.internal.bson;

import io.connectmongodb.driver.MongoClientSettings;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonBinarySubType;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.Encoder;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Turns a caller's {@link Document} that is a whole command ({@code runCommand}) into the
 * {@link BsonDocument} tree the default registry's codec would build for it through a
 * {@code BsonDocumentWriter}, without that codec's per-value registry look-ups. It handles the
 * value classes {@link DefaultDocumentWriter} handles; {@link #writable} checks the whole document
 * first and the caller uses the codec when it answers false.
 */
public final class DefaultDocumentValues {
    private DefaultDocumentValues() {
    }

    /** Whether {@code encoder} is the default registry's document codec, whose output this class reproduces. */
    public static boolean handles(Encoder<?> encoder) {
        return DefaultDocumentWriter.handles(encoder);
    }

    /** Whether {@code registry} is the driver's default one, whose document codec this class reproduces. */
    public static boolean isDefaultRegistry(CodecRegistry registry) {
        return registry == MongoClientSettings.getDefaultCodecRegistry();
    }

    /** Whether every value of {@code document} (at any depth up to the limit) is of a class written here. */
    public static boolean writable(Document document) {
        return writableMap(document, 1);
    }

    /**
     * {@code document}, which {@link #writable} accepted, as a new {@link BsonDocument}: the same
     * tree the codec would build through a {@code BsonDocumentWriter}, owned by the caller.
     */
    public static BsonDocument toTree(Document document) {
        return treeOf(document, 1);
    }

    /** {@code spare}: room for fields the caller appends (the command's $db) without the map growing. */
    private static BsonDocument treeOf(Map<?, ?> map, int spare) {
        BsonDocument tree = new BsonDocument((map.size() + spare) * 4 / 3 + 1);
        for (Map.Entry<?, ?> field : map.entrySet()) {
            tree.append((String) field.getKey(), treeValue(field.getValue()));
        }
        return tree;
    }

    private static BsonValue treeValue(Object value) {
        if (value == null) {
            return BsonNull.VALUE;
        }
        Class<?> type = value.getClass();
        if (type == String.class) {
            return new BsonString((String) value);
        } else if (type == Integer.class) {
            return new BsonInt32((Integer) value);
        } else if (type == Long.class) {
            return new BsonInt64((Long) value);
        } else if (type == Double.class) {
            return new BsonDouble((Double) value);
        } else if (type == Boolean.class) {
            return BsonBoolean.valueOf((Boolean) value);
        } else if (type == ObjectId.class) {
            return new BsonObjectId((ObjectId) value);
        } else if (type == Date.class) {
            return new BsonDateTime(((Date) value).getTime());
        } else if (type == Decimal128.class) {
            return new BsonDecimal128((Decimal128) value);
        } else if (type == byte[].class) {
            return new BsonBinary((byte[]) value);
        } else if (type == Binary.class) {
            return new BsonBinary(((Binary) value).getType(), ((Binary) value).getData());
        } else if (value instanceof Map<?, ?> map) {
            return treeOf(map, 0);
        }
        Collection<?> values = (Collection<?>) value;
        BsonArray array = new BsonArray(new java.util.ArrayList<>(values.size()));
        for (Object element : values) {
            array.add(treeValue(element));
        }
        return array;
    }

    private static boolean writableMap(Map<?, ?> map, int depth) {
        if (depth > DefaultDocumentWriter.MAX_DEPTH) {
            return false;
        }
        for (Map.Entry<?, ?> field : map.entrySet()) {
            if (!(field.getKey() instanceof String) || !writableValue(field.getValue(), depth)) {
                return false;
            }
        }
        return true;
    }

    private static boolean writableValue(Object value, int depth) {
        if (value == null) {
            return true;
        }
        Class<?> type = value.getClass();
        if (type == String.class || type == Integer.class || type == Long.class || type == Double.class
                || type == Boolean.class || type == ObjectId.class || type == Date.class || type == Decimal128.class
                || type == byte[].class) {
            return true;
        }
        if (type == Binary.class) {
            return ((Binary) value).getType() != BsonBinarySubType.OLD_BINARY.getValue();
        }
        if (value instanceof BsonValue) {
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            return writableMap(map, depth + 1);
        }
        if (value instanceof Collection<?> values) {
            if (depth + 1 > DefaultDocumentWriter.MAX_DEPTH) {
                return false;
            }
            for (Object element : values) {
                if (!writableValue(element, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
