package io.connectmongodb.mapper.internal.codec;

import io.connectmongodb.mapper.internal.model.PropertyModel;

import org.bson.BsonWriter;

/** Writes every property of one entity class, in order, as fields of the current document. Generated per class. */
public interface PropertiesWriter {
    void write(BsonWriter writer, Object entity, PropertyModel[] properties);
}
