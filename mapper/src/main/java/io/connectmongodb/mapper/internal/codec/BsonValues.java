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

    /**
     * The entity as a document to insert or replace: an {@link EntityDocument} (written straight to
     * BSON by the driver) when that gives the same bytes as the tree, else the tree.
     */
    public static BsonDocument stored(EntityCodec<?> codec, Object entity) {
        return EntityDocument.writesAsTree(codec, entity) ? new EntityDocument(codec, entity) : document(codec, entity);
    }

    public static BsonDocument document(EntityCodec<?> codec, Object entity) {
        BsonDocument document = new BsonDocument();
        codec.writeEntity(new BsonDocumentWriter(document), entity);
        return document;
    }
}
