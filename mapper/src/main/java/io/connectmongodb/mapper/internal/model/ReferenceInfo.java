package io.connectmongodb.mapper.internal.model;

/**
 * A {@code @Reference} property: the referenced entity type, whether it holds a collection of
 * references, and whether loading is left to the caller ({@code lazy}).
 */
public record ReferenceInfo(Class<?> targetType, boolean many, boolean lazy) {
}
