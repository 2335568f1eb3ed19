package io.connectmongodb.mapper.internal.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.TreeMap;
import java.util.TreeSet;

/** Factories for the codecs that wrap another codec or a type: optionals, collections, maps, arrays, enums, BsonValues. */
public final class ContainerCodecs {
    private ContainerCodecs() {
    }

    public static ValueCodec optional(ValueCodec element) {
        return new OptionalCodec(element);
    }

    public static ValueCodec list(ValueCodec element, boolean linked) {
        return new CollectionCodec(element, linked ? LinkedList::new : ArrayList::new);
    }

    public static ValueCodec set(ValueCodec element, boolean sorted) {
        return new CollectionCodec(element, sorted ? TreeSet::new : LinkedHashSet::new);
    }

    public static ValueCodec stringMap(ValueCodec value, boolean sorted) {
        return new StringMapCodec(value, sorted ? TreeMap::new : LinkedHashMap::new);
    }

    public static ValueCodec array(Class<?> componentType, ValueCodec element) {
        return new ArrayCodec(componentType, element);
    }

    public static ValueCodec enumeration(Class<?> enumType) {
        return new EnumCodec(enumType);
    }

    public static ValueCodec bsonValue(Class<?> declaredType) {
        return new BsonValueTypeCodec(declaredType);
    }
}
