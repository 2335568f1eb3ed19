package io.connectmongodb.mapper.internal.repository;

import jakarta.data.page.CursoredPage;
import jakarta.data.page.Page;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * What a repository method returns: the container ({@link Kind}) and the element class, read from
 * the generic return type once. {@code CompletableFuture<X>} is unwrapped and flagged async.
 */
public record ResultShape(Kind kind, Class<?> elementType, boolean async) {

    public enum Kind { VOID, SINGLE, OPTIONAL, LIST, ARRAY, STREAM, PAGE, CURSORED_PAGE, COUNT_LONG, COUNT_INT, BOOLEAN }

    public static ResultShape of(Type returnType) {
        boolean async = false;
        Type type = returnType;
        if (raw(type) == CompletableFuture.class) {
            async = true;
            type = argument(type);
        }
        Class<?> raw = raw(type);
        if (raw == void.class || raw == Void.class) {
            return new ResultShape(Kind.VOID, null, async);
        }
        if (raw == long.class || raw == Long.class) {
            return new ResultShape(Kind.COUNT_LONG, null, async);
        }
        if (raw == int.class || raw == Integer.class) {
            return new ResultShape(Kind.COUNT_INT, null, async);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new ResultShape(Kind.BOOLEAN, null, async);
        }
        if (raw == Optional.class) {
            return new ResultShape(Kind.OPTIONAL, raw(argument(type)), async);
        }
        if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
            return new ResultShape(Kind.LIST, raw(argument(type)), async);
        }
        if (raw == Stream.class) {
            return new ResultShape(Kind.STREAM, raw(argument(type)), async);
        }
        if (raw == CursoredPage.class) {
            return new ResultShape(Kind.CURSORED_PAGE, raw(argument(type)), async);
        }
        if (raw == Page.class) {
            return new ResultShape(Kind.PAGE, raw(argument(type)), async);
        }
        if (type instanceof GenericArrayType array) {
            return new ResultShape(Kind.ARRAY, raw(array.getGenericComponentType()), async);
        }
        if (raw.isArray() && raw != byte[].class) {
            return new ResultShape(Kind.ARRAY, raw.getComponentType(), async);
        }
        return new ResultShape(Kind.SINGLE, raw, async);
    }

    public boolean isMulti() {
        return kind == Kind.LIST || kind == Kind.ARRAY || kind == Kind.STREAM || kind == Kind.PAGE || kind == Kind.CURSORED_PAGE;
    }

    public boolean isEntityResult() {
        return elementType != null;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        if (type instanceof GenericArrayType array) {
            return java.lang.reflect.Array.newInstance(raw(array.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof java.lang.reflect.WildcardType wildcard) {
            return raw(wildcard.getUpperBounds()[0]);
        }
        if (type instanceof java.lang.reflect.TypeVariable<?> variable) {
            return raw(variable.getBounds()[0]);
        }
        throw new IllegalArgumentException("cannot interpret type " + type);
    }

    private static Type argument(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException(type.getTypeName() + " needs a type argument");
    }
}
