package io.connectmongodb.mapper.internal.model;

import io.connectmongodb.mapper.EntityMappingException;
import io.connectmongodb.mapper.annotation.Reference;
import io.connectmongodb.mapper.internal.codec.ContainerCodecs;
import io.connectmongodb.mapper.internal.codec.EmbeddedCodec;
import io.connectmongodb.mapper.internal.codec.ReferenceCodec;
import io.connectmongodb.mapper.internal.codec.ScalarCodecs;
import io.connectmongodb.mapper.internal.codec.ValueCodec;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Consumer;

import org.bson.BsonValue;

/**
 * Chooses the codec of a property from its generic Java type, recursively: scalars, enums and
 * BsonValues directly; {@code Optional<X>}, collections, {@code Map<String, X>} and arrays around
 * the codec of their element type; any other class as an embedded entity (or, under
 * {@code @Reference}, as a reference). Embedded classes are reported to {@code embeddedFound} so
 * the caller analyses them too and a bad nested type fails with the outer class.
 */
final class TypeMapping {
    private final EntityModels models;
    private final Consumer<Class<?>> embeddedFound;

    TypeMapping(EntityModels models, Consumer<Class<?>> embeddedFound) {
        this.models = models;
        this.embeddedFound = embeddedFound;
    }

    /** The codec for {@code type}; {@code where} names the property for error messages. */
    ValueCodec codecFor(Type type, Reference reference, String where) {
        if (type instanceof Class<?> raw) {
            return forClass(raw, reference, where);
        }
        if (type instanceof ParameterizedType parameterized) {
            return forParameterized(parameterized, reference, where);
        }
        if (type instanceof GenericArrayType array) {
            Type component = array.getGenericComponentType();
            return ContainerCodecs.array(rawClass(component, where), codecFor(component, reference, where));
        }
        if (type instanceof WildcardType wildcard && wildcard.getLowerBounds().length == 0) {
            return codecFor(wildcard.getUpperBounds()[0], reference, where);
        }
        throw unsupported(type, where, "type variables and wildcards cannot be mapped");
    }

    /** The entity class inside {@code type} (itself or its element type), or null when it holds none. */
    static Class<?> elementClass(Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isArray() ? elementClass(raw.getComponentType()) : raw;
        }
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            return elementClass(arguments[arguments.length - 1]);
        }
        if (type instanceof GenericArrayType array) {
            return elementClass(array.getGenericComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            return elementClass(wildcard.getUpperBounds()[0]);
        }
        return null;
    }

    static boolean isEmbeddable(Class<?> type) {
        return ScalarCodecs.forClass(type) == null && !type.isEnum() && !type.isArray() && !type.isPrimitive()
                && !BsonValue.class.isAssignableFrom(type) && !isLibraryType(type);
    }

    private ValueCodec forClass(Class<?> raw, Reference reference, String where) {
        ValueCodec scalar = ScalarCodecs.forClass(raw);
        if (scalar != null && reference == null) {
            return scalar;
        }
        if (raw.isEnum() && reference == null) {
            return ContainerCodecs.enumeration(raw);
        }
        if (BsonValue.class.isAssignableFrom(raw) && reference == null) {
            return ContainerCodecs.bsonValue(raw);
        }
        if (raw.isArray()) {
            return ContainerCodecs.array(raw.getComponentType(), codecFor(raw.getComponentType(), reference, where));
        }
        if (Optional.class == raw || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            throw unsupported(raw, where, "give its type arguments");
        }
        if (isLibraryType(raw) || raw.isPrimitive() || raw.getTypeParameters().length > 0) {
            throw unsupported(raw, where, raw.getTypeParameters().length > 0 ? "generic classes cannot be embedded"
                    : "no mapping exists for this type");
        }
        if (raw.isMemberClass() && !Modifier.isStatic(raw.getModifiers()) && !raw.isInterface()) {
            throw unsupported(raw, where, "inner (non-static) classes need an outer instance; make it static");
        }
        if (reference != null) {
            if (Hierarchy.collectionName(raw) == null) {
                throw unsupported(raw, where, "@Reference needs an entity type annotated @Entity or @Document");
            }
            embeddedFound.accept(raw);
            return new ReferenceCodec(() -> models.model(raw), reference.lazy());
        }
        embeddedFound.accept(raw);
        return new EmbeddedCodec(() -> models.codec(raw));
    }

    private ValueCodec forParameterized(ParameterizedType type, Reference reference, String where) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] arguments = type.getActualTypeArguments();
        if (raw == Optional.class) {
            return ContainerCodecs.optional(codecFor(arguments[0], reference, where));
        }
        if (raw == List.class || raw == Collection.class || raw == Iterable.class || raw == java.util.ArrayList.class
                || raw == java.util.LinkedList.class) {
            return ContainerCodecs.list(codecFor(arguments[0], reference, where), raw == java.util.LinkedList.class);
        }
        if (raw == Set.class || raw == java.util.HashSet.class || raw == java.util.LinkedHashSet.class) {
            return ContainerCodecs.set(codecFor(arguments[0], reference, where), false);
        }
        if (raw == SortedSet.class || raw == java.util.TreeSet.class || raw == java.util.NavigableSet.class) {
            return ContainerCodecs.set(codecFor(arguments[0], reference, where), true);
        }
        if (raw == Map.class || raw == java.util.HashMap.class || raw == java.util.LinkedHashMap.class
                || raw == SortedMap.class || raw == java.util.TreeMap.class || raw == java.util.NavigableMap.class) {
            if (arguments[0] != String.class) {
                throw unsupported(type, where, "map keys must be String because they become field names");
            }
            boolean sorted = raw == SortedMap.class || raw == java.util.TreeMap.class || raw == java.util.NavigableMap.class;
            return ContainerCodecs.stringMap(codecFor(arguments[1], reference, where), sorted);
        }
        throw unsupported(type, where, "supported generic types are Optional, List, Collection, Set, SortedSet and Map<String, ?>");
    }

    private static boolean isLibraryType(Class<?> type) {
        String name = type.getName();
        return type == Object.class || name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.");
    }

    private static Class<?> rawClass(Type type, String where) {
        if (type instanceof Class<?> raw) {
            return raw;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw unsupported(type, where, "arrays of type variables cannot be mapped");
    }

    private static EntityMappingException unsupported(Type type, String where, String why) {
        return new EntityMappingException("unsupported type " + type.getTypeName() + " of " + where + ": " + why);
    }
}
