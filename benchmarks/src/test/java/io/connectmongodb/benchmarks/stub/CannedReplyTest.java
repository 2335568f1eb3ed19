package io.connectmongodb.benchmarks.stub;

import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CannedReplyTest {

    @Test
    void patchOffsetPointsAtTheNamedInt32() {
        BsonDocument body = new BsonDocument("s", new BsonString("xyz")).append("n", new BsonInt32(0)).append("ok", new BsonDouble(1));
        CannedReply reply = CannedReply.opMsg(body, "n");
        byte[] message = reply.copy();
        WireFormat.writeInt(message, reply.patchOffset(), 42);
        RawBsonDocument decoded = new RawBsonDocument(message, 21, message.length - 21);
        assertEquals(42, decoded.getInt32("n").getValue());
        assertEquals("xyz", decoded.getString("s").getValue());
        assertEquals(message.length, WireFormat.readInt(message, 0));
    }

    @Test
    void copiesAreIndependent() {
        CannedReply reply = CannedReply.opMsg(new BsonDocument("n", new BsonInt32(0)), "n");
        byte[] first = reply.copy();
        WireFormat.writeInt(first, reply.patchOffset(), 5);
        assertEquals(0, WireFormat.readInt(reply.copy(), reply.patchOffset()));
    }

    @Test
    void patchingAMissingOrNonInt32FieldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CannedReply.opMsg(new BsonDocument("ok", new BsonDouble(1)), "n"));
        assertThrows(IllegalArgumentException.class, () -> CannedReply.opMsg(new BsonDocument("n", new BsonDouble(1)), "n"));
    }

    @Test
    void cursorMustBeLongerThanTheFirstBatch() {
        assertThrows(IllegalArgumentException.class, () -> new CannedReplies(new BsonDocument(), CannedReplies.FIRST_BATCH));
    }
}
