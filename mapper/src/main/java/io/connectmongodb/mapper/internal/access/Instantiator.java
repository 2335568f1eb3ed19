package io.connectmongodb.mapper.internal.access;

/** Calls a constructor or static factory with the given arguments (boxed; primitives must not be null). */
public interface Instantiator {
    Object newInstance(Object[] arguments);
}
