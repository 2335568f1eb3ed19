package io.connectmongodb.mapper.internal.query;

/** What a derived query method does with its matches. */
public enum QueryAction {
    FIND, COUNT, EXISTS, DELETE
}
