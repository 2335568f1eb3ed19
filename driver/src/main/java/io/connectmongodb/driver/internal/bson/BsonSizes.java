package io.connectmongodb.driver.internal.bson;

import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonRegularExpression;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

/**
 * The encoded size of a document, computed from the tree without encoding it: a document is a
 * 4-byte length, its elements and a terminating 0; an element is a type byte, the name as a C
 * string and the value, whose size follows from its type (strings are a 4-byte length, the UTF-8
 * bytes and a 0; arrays are documents named "0", "1", ...). UTF-8 lengths are counted from the
 * characters, so nothing is allocated. A {@link RawBsonDocument} reports its byte length.
 */
public final class BsonSizes {
    private BsonSizes() {
    }

    /** The number of bytes {@code document} takes when encoded. */
    public static int documentSize(BsonDocument document) {
        if (document instanceof RawBsonDocument) {
            return ((RawBsonDocument) document).getByteBuffer().remaining();
        }
        int size = 4 + 1;
        for (Map.Entry<String, BsonValue> entry : document.entrySet()) {
            size += 1 + cStringSize(entry.getKey()) + valueSize(entry.getValue());
        }
        return size;
    }

    private static int arraySize(BsonArray array) {
        int size = 4 + 1;
        int index = 0;
        for (BsonValue value : array) {
            size += 1 + digits(index) + 1 + valueSize(value);
            index++;
        }
        return size;
    }

    private static int valueSize(BsonValue value) {
        switch (value.getBsonType()) {
            case DOUBLE:
            case DATE_TIME:
            case TIMESTAMP:
            case INT64:
                return 8;
            case INT32:
                return 4;
            case DECIMAL128:
                return 16;
            case OBJECT_ID:
                return 12;
            case BOOLEAN:
                return 1;
            case NULL:
            case UNDEFINED:
            case MIN_KEY:
            case MAX_KEY:
                return 0;
            case STRING:
                return stringSize(value.asString().getValue());
            case SYMBOL:
                return stringSize(value.asSymbol().getSymbol());
            case JAVASCRIPT:
                return stringSize(value.asJavaScript().getCode());
            case JAVASCRIPT_WITH_SCOPE:
                return 4 + stringSize(value.asJavaScriptWithScope().getCode())
                        + documentSize(value.asJavaScriptWithScope().getScope());
            case DOCUMENT:
                return documentSize(value.asDocument());
            case ARRAY:
                return arraySize(value.asArray());
            case BINARY:
                BsonBinary binary = value.asBinary();
                int length = binary.getData().length;
                // the deprecated subtype 2 repeats the length inside the data
                return 4 + 1 + length + (binary.getType() == BsonBinarySubType.OLD_BINARY.getValue() ? 4 : 0);
            case REGULAR_EXPRESSION:
                BsonRegularExpression regex = value.asRegularExpression();
                return cStringSize(regex.getPattern()) + cStringSize(regex.getOptions());
            case DB_POINTER:
                return stringSize(value.asDBPointer().getNamespace()) + 12;
            default:
                throw new IllegalArgumentException("cannot size a BSON value of type " + value.getBsonType());
        }
    }

    private static int stringSize(String value) {
        return 4 + utf8Length(value) + 1;
    }

    private static int cStringSize(String value) {
        return utf8Length(value) + 1;
    }

    /** UTF-8 length as the BSON writer encodes: by code point, a lone surrogate taking 3 bytes. */
    static int utf8Length(String value) {
        int length = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    private static int digits(int index) {
        int digits = 1;
        for (int rest = index; rest >= 10; rest /= 10) {
            digits++;
        }
        return digits;
    }
}
