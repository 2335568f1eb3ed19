package io.connectmongodb.driver.internal.cursor;

import io.connectmongodb.driver.internal.bson.FieldNames;
import io.connectmongodb.driver.internal.bson.RawFields;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

/**
 * The fields of a reply's {@code cursor} document that a cursor needs: namespace (split into
 * database and collection; first batch only), id, the batch and the {@code postBatchResumeToken}.
 * A received (raw) cursor document is read in one pass ({@link RawFields}), the batch walked in
 * place over the reply's bytes ({@link CursorBatch}), the namespace split on its bytes with both
 * parts from {@link FieldNames} (a repeated namespace makes no new strings). Any other document,
 * or a raw one whose {@code ns}/{@code id} are missing or of an unusual type, is read field by
 * field, which throws the BSON library's errors for missing fields as before.
 */
record CursorReply(String databaseName, String collectionName, long id, CursorBatch batch, BsonDocument postBatchResumeToken) {
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
                CursorBatch batch = fields.type(BATCH) == BsonType.ARRAY.getValue()
                        ? CursorBatch.ofBytes(fields.bytes(), fields.offset(BATCH)) : CursorBatch.empty();
                BsonDocument token = fields.type(TOKEN) == BsonType.DOCUMENT.getValue() ? fields.document(TOKEN) : null;
                if (!needsNamespace) {
                    return new CursorReply(null, null, id, batch, token);
                }
                int start = fields.offset(NS) + 4;
                int length = fields.int32(NS) - 1;
                int dot = indexOfDot(fields.bytes(), start, length);
                if (dot <= 0) {
                    throw noDatabasePart(fields.string(NS));
                }
                return new CursorReply(FieldNames.name(fields.bytes(), start, dot),
                        FieldNames.name(fields.bytes(), start + dot + 1, length - dot - 1), id, batch, token);
            }
        }
        String namespace = first ? cursor.getString("ns").getValue() : null;
        long id = cursor.getNumber("id").longValue();
        CursorBatch batch = CursorBatch.of(cursor.getArray(batchName, new BsonArray()));
        BsonValue token = cursor.get("postBatchResumeToken");
        BsonDocument resumeToken = token != null && token.isDocument() ? token.asDocument() : null;
        if (namespace == null) {
            return new CursorReply(null, null, id, batch, resumeToken);
        }
        int dot = namespace.indexOf('.');
        if (dot <= 0) {
            throw noDatabasePart(namespace);
        }
        return new CursorReply(namespace.substring(0, dot), namespace.substring(dot + 1), id, batch, resumeToken);
    }

    /** The index of the first '.' among the UTF-8 bytes (a '.' byte is never part of a multi-byte character), or -1. */
    private static int indexOfDot(byte[] bytes, int start, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[start + i] == '.') {
                return i;
            }
        }
        return -1;
    }

    private static IllegalStateException noDatabasePart(String namespace) {
        return new IllegalStateException("server returned a cursor with namespace '" + namespace + "', which has no database part");
    }
}
