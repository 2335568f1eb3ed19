package io.connectmongodb.mapper.internal.query;

import io.connectmongodb.mapper.internal.codec.BsonValues;
import io.connectmongodb.mapper.internal.codec.ScalarCodecs;
import io.connectmongodb.mapper.internal.codec.ValueCodec;
import io.connectmongodb.mapper.internal.model.EntityModels;

import java.lang.reflect.Array;
import java.util.Map;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Converts query arguments to BSON the way the compared property stores them (so a BigDecimal
 * becomes Decimal128, a UUID binary subtype 4, a LocalDate a UTC date), falling back to the
 * argument's own type for collection elements and values of other types.
 */
public final class ArgumentValues {
    private final EntityModels models;

    public ArgumentValues(EntityModels models) {
        this.models = models;
    }

    public BsonValue forPath(ResolvedPath path, Object argument) {
        if (argument == null) {
            return BsonNull.VALUE;
        }
        Class<?> type = box(path.leaf().rawType());
        if (!path.isMultiValued() && type.isInstance(argument) && !(argument instanceof BsonValue)) {
            return BsonValues.of(path.leaf().codec(), argument);
        }
        return of(argument);
    }

    /** Each element of a Collection or array argument, converted for {@code path}. */
    public BsonArray elementsForPath(ResolvedPath path, Object argument, String what) {
        BsonArray array = new BsonArray();
        if (argument instanceof Iterable<?> iterable) {
            iterable.forEach(item -> array.add(forPath(path, item)));
        } else if (argument != null && argument.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(argument); i++) {
                array.add(forPath(path, Array.get(argument, i)));
            }
        } else {
            throw new IllegalArgumentException(what + " needs a Collection or an array argument, but got "
                    + (argument == null ? "null" : argument.getClass().getName()));
        }
        return array;
    }

    /** Converts by the argument's own type. */
    public BsonValue of(Object argument) {
        if (argument == null) {
            return BsonNull.VALUE;
        }
        if (argument instanceof BsonValue value) {
            return value;
        }
        ValueCodec scalar = ScalarCodecs.forClass(argument.getClass());
        if (scalar != null) {
            return BsonValues.of(scalar, argument);
        }
        if (argument instanceof Enum<?> constant) {
            return new BsonString(constant.name());
        }
        if (argument instanceof org.bson.Document document) {
            return document.toBsonDocument();
        }
        if (argument instanceof Map<?, ?> map) {
            BsonDocument document = new BsonDocument();
            map.forEach((key, value) -> document.append(String.valueOf(key), of(value)));
            return document;
        }
        if (argument instanceof Iterable<?> || argument.getClass().isArray()) {
            BsonArray array = new BsonArray();
            if (argument instanceof Iterable<?> iterable) {
                iterable.forEach(item -> array.add(of(item)));
            } else {
                for (int i = 0; i < Array.getLength(argument); i++) {
                    array.add(of(Array.get(argument, i)));
                }
            }
            return array;
        }
        return BsonValues.document(models.codec(argument.getClass()), argument);
    }

    private static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }
}
