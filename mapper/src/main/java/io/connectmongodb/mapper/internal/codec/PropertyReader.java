package io.connectmongodb.mapper.internal.codec;

import io.connectmongodb.mapper.internal.model.PropertyModel;

import org.bson.BsonReader;

/**
 * Reads the current (non-null) BSON value into the property at {@code index} of an instance being
 * decoded. Generated per class.
 */
public interface PropertyReader {
    void read(BsonReader reader, Object entity, int index, PropertyModel[] properties);
}
