package io.connectmongodb.driver.internal.gridfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

class ChunkBatchBufferTest {
    @Test
    void encodesChunkDocumentsInPlaceWithTheirDataAndNumbers() {
        ChunkBatchBuffer batch = new ChunkBatchBuffer(new BsonString("file-1"), 4, 3);
        batch.write(new byte[] {1, 2, 3}, 0, 3);
        batch.write((byte) 4);
        assertEquals(4, batch.openChunkLength());
        assertEquals(4, batch.closeChunk());
        batch.write(new byte[] {9, 5, 6}, 1, 2);
        assertEquals(2, batch.closeChunk());

        List<RawBsonDocument> chunks = batch.chunks();
        assertEquals(2, chunks.size());
        BsonDocument first = chunks.get(0).toBsonDocument();
        assertEquals(List.of("_id", "files_id", "n", "data"), List.copyOf(first.keySet()));
        assertTrue(first.isObjectId("_id"));
        assertEquals(new BsonString("file-1"), first.get("files_id"));
        assertEquals(0, first.getInt32("n").getValue());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, first.getBinary("data").getData());
        BsonDocument second = chunks.get(1).toBsonDocument();
        assertEquals(1, second.getInt32("n").getValue());
        assertArrayEquals(new byte[] {5, 6}, second.getBinary("data").getData());
        assertTrue(!first.get("_id").equals(second.get("_id")));
    }

    @Test
    void clearReusesTheArrayAndNumberingContinues() {
        ChunkBatchBuffer batch = new ChunkBatchBuffer(new BsonDocument("k", new BsonString("v")), 2, 1);
        batch.write(new byte[] {7, 8}, 0, 2);
        batch.closeChunk();
        batch.clear();
        assertEquals(0, batch.chunkCount());
        batch.write((byte) 3);
        batch.closeChunk();
        BsonDocument next = batch.chunks().get(0).toBsonDocument();
        assertEquals(1, next.getInt32("n").getValue());
        assertEquals(new BsonDocument("k", new BsonString("v")), next.getDocument("files_id"));
        assertArrayEquals(new byte[] {3}, next.getBinary("data").getData());
    }

    @Test
    void refusesOverfullChunksAndBatches() {
        ChunkBatchBuffer batch = new ChunkBatchBuffer(new BsonString("f"), 2, 1);
        assertThrows(IllegalStateException.class, () -> batch.write(new byte[3], 0, 3));
        assertThrows(IllegalStateException.class, batch::closeChunk);
        batch.write(new byte[2], 0, 2);
        assertThrows(IllegalStateException.class, batch::clear);
        batch.closeChunk();
        assertThrows(IllegalStateException.class, () -> batch.write((byte) 1));
        assertThrows(IllegalArgumentException.class, () -> new ChunkBatchBuffer(new BsonString("f"), 0, 1));
    }

    @Test
    void uploadBatchesStayNearOneMegabyte() {
        ChunkBatching batching = new ChunkBatching(16 * 1024 * 1024, 48_000_000);
        assertEquals(4, batching.uploadChunksPerBatch(255 * 1024));
        assertEquals(1, batching.uploadChunksPerBatch(4 * 1024 * 1024));
        assertTrue(batching.chunksPerBatch(255 * 1024) > batching.uploadChunksPerBatch(255 * 1024));
    }
}
