package io.connectmongodb.mapper.internal.repository;

/** The prepared implementation of one repository method, called by the generated class with the call's arguments. */
public interface RepositoryMethod {
    Object invoke(Object[] arguments);
}
