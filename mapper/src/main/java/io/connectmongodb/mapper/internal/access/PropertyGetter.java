package io.connectmongodb.mapper.internal.access;

/** Reads one property of an entity. Implementations are generated per property by {@link AccessorGenerator}. */
public interface PropertyGetter {
    Object get(Object target);
}
