package io.connectmongodb.mapper.internal.model;

/** What a property means to the mapper beyond holding data. */
public enum PropertyRole {
    DATA, ID, VERSION, CREATED_AT, UPDATED_AT
}
