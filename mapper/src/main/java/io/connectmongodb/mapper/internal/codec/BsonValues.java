package io.connectmongodb.mapper.internal.codec;

import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonNull;
import org.bson.BsonValue;

/** Converts single Java values to BSON values with the codec a property uses, so query arguments match stored data. */
public final class BsonValues {
    private BsonValues() {
    }

    public static BsonValue of(ValueCodec codec, Object value) {
        if (value == null) {
            return BsonNull.VALUE;
        }
        BsonDocument holder = new BsonDocument();
        BsonDocumentWriter writer = new BsonDocumentWriter(holder);
        writer.writeStartDocument();
        writer.writeName("v");
        codec.write(writer, value);
        writer.writeEndDocument();
        return holder.get("v");
    }

    public static BsonDocument document(EntityCodec<?> codec, Object entity) {
        BsonDocument document = new BsonDocument();
        codec.writeEntity(new BsonDocumentWriter(document), entity);
        return document;
    }
}
