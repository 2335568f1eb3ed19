package io.connectmongodb.mapper.internal.codec;

import org.bson.io.BsonInput;

/**
 * Reads the value of the property at {@code index} straight from the bytes of a binary document
 * and sets it on the instance being decoded, for the properties {@link InOrderBinaryFields} reads
 * without the {@code BsonReader}. The input is positioned at the value, whose BSON type has already
 * been checked. Generated per class ({@link StraightLineCodecGenerator#rawReader}).
 */
public interface RawPropertyReader {
    void read(BsonInput input, Object entity, int index);
}
