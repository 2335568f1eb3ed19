package io.connectmongodb.mapper.internal.access;

/** Writes one property of a mutable entity. Implementations are generated per property by {@link AccessorGenerator}. */
public interface PropertySetter {
    void set(Object target, Object value);
}
