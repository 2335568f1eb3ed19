package io.connectmongodb.driver.internal.cursor;

import io.connectmongodb.driver.internal.bson.RawFields;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

/**
 * The fields of a reply's {@code cursor} document that a cursor needs: namespace, id, the batch
 * and the {@code postBatchResumeToken}. A received (raw) cursor document is read in one pass
 * ({@link RawFields}), the batch walked in place over the reply's bytes ({@link CursorBatch}); any other document, or a
 * raw one whose {@code ns}/{@code id} are missing or of an unusual type, is read field by field,
 * which throws the BSON library's errors for missing fields as before.
 */
record CursorReply(String namespace, long id, CursorBatch batch, BsonDocument postBatchResumeToken) {
    private static final byte[][] FIRST_BATCH_FIELDS = RawFields.names("ns", "id", "firstBatch", "postBatchResumeToken");
    private static final byte[][] NEXT_BATCH_FIELDS = RawFields.names("ns", "id", "nextBatch", "postBatchResumeToken");
    private static final int NS = 0;
    private static final int ID = 1;
    private static final int BATCH = 2;
    private static final int TOKEN = 3;

    /** Reads {@code cursor}, whose documents are in {@code batchName} ({@code firstBatch} or {@code nextBatch}). */
    static CursorReply read(BsonDocument cursor, String batchName) {
        boolean first = batchName.equals("firstBatch");
        if (cursor instanceof RawBsonDocument raw) {
            RawFields fields = RawFields.of(raw, first ? FIRST_BATCH_FIELDS : NEXT_BATCH_FIELDS);
            byte idType = fields.type(ID);
            boolean plainId = idType == BsonType.INT64.getValue() || idType == BsonType.INT32.getValue();
            boolean needsNamespace = first;
            if (plainId && (!needsNamespace || fields.type(NS) == BsonType.STRING.getValue())) {
                long id = idType == BsonType.INT64.getValue() ? fields.int64(ID) : fields.int32(ID);
                String namespace = needsNamespace ? fields.string(NS) : null;
                CursorBatch batch = fields.type(BATCH) == BsonType.ARRAY.getValue()
                        ? CursorBatch.ofBytes(fields.bytes(), fields.offset(BATCH)) : CursorBatch.empty();
                BsonDocument token = fields.type(TOKEN) == BsonType.DOCUMENT.getValue() ? fields.document(TOKEN) : null;
                return new CursorReply(namespace, id, batch, token);
            }
        }
        String namespace = first ? cursor.getString("ns").getValue() : null;
        long id = cursor.getNumber("id").longValue();
        CursorBatch batch = CursorBatch.of(cursor.getArray(batchName, new BsonArray()));
        BsonValue token = cursor.get("postBatchResumeToken");
        return new CursorReply(namespace, id, batch, token != null && token.isDocument() ? token.asDocument() : null);
    }
}
