package io.connectmongodb.driver.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bson.BsonDocument;
import org.bson.BsonInvalidOperationException;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

class WriteReplyTest {
    @Test
    void rawRepliesAreReadLikeTrees() {
        String json = "{n: 3, nModified: {$numberLong: '2'}, upserted: [{index: 1, _id: 'a'}], extra: {deep: [1, 2]},"
                + " writeErrors: [{index: 0, code: 11000, errmsg: 'dup'}], writeConcernError: {code: 64, errmsg: 'wc'},"
                + " ok: 1.0}";
        WriteReply fromTree = WriteReply.of(BsonDocument.parse(json));
        WriteReply fromRaw = WriteReply.of(RawBsonDocument.parse(json));
        assertEquals(fromTree, fromRaw);
        assertEquals(3, fromRaw.n());
        assertEquals(2, fromRaw.nModified());
        assertEquals(BsonDocument.parse("{index: 1, _id: 'a'}"), fromRaw.upserted().get(0));
        assertEquals(11000, fromRaw.writeErrors().get(0).asDocument().getInt32("code").getValue());
        assertEquals(BsonDocument.parse("{code: 64, errmsg: 'wc'}"), fromRaw.writeConcernError());
    }

    @Test
    void absentFieldsAreZeroOrNull() {
        WriteReply reply = WriteReply.of(RawBsonDocument.parse("{ok: 1}"));
        assertEquals(new WriteReply(0, 0, null, null, null, null), reply);
        assertEquals(reply, WriteReply.of(BsonDocument.parse("{ok: 1}")));
        assertEquals(1, WriteReply.of(RawBsonDocument.parse("{n: 1.0, ok: 1}")).n());
        assertNull(WriteReply.of(RawBsonDocument.parse("{n: 1, ok: 1}")).writeErrors());
    }

    @Test
    void wrongTypesFailAsTheTreeAccessorsDo() {
        assertThrows(BsonInvalidOperationException.class, () -> WriteReply.of(RawBsonDocument.parse("{n: 'one'}")));
        assertThrows(BsonInvalidOperationException.class, () -> WriteReply.of(BsonDocument.parse("{n: 'one'}")));
        assertThrows(BsonInvalidOperationException.class, () -> WriteReply.of(RawBsonDocument.parse("{writeErrors: 1}")));
    }
}
