package io.connectmongodb.driver.internal.gridfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.GridFSCorruptFileException;
import io.connectmongodb.driver.gridfs.GridFSFile;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.junit.jupiter.api.Test;

/** The pure parts of GridFS: batch sizing, chunk arithmetic, revisions, index keys, files documents. */
class GridFSInternalsTest {

    @Test
    void batchesFitTheServerLimitsAndTheMemoryCap() {
        ChunkBatching standard = new ChunkBatching(16 * 1024 * 1024, 48_000_000);
        int chunks = standard.chunksPerBatch(255 * 1024);
        assertTrue(chunks * (255 * 1024 + ChunkBatching.PER_CHUNK_OVERHEAD_BYTES) <= ChunkBatching.MAX_BATCH_BYTES);
        assertEquals(32, chunks);
        ChunkBatching small = new ChunkBatching(1024 * 1024, 48_000_000);
        assertEquals((1024 * 1024 - ChunkBatching.ENVELOPE_BYTES) / (1000 + ChunkBatching.PER_CHUNK_OVERHEAD_BYTES),
                small.chunksPerBatch(1000));
        assertEquals(1, small.chunksPerBatch(4 * 1024 * 1024));
        assertThrows(IllegalArgumentException.class, () -> new ChunkBatching(100, 100));
    }

    @Test
    void chunkArithmetic() {
        assertEquals(0, ChunkReader.chunkCount(0, 4));
        assertEquals(1, ChunkReader.chunkCount(4, 4));
        assertEquals(3, ChunkReader.chunkCount(10, 4));
        assertEquals(4, ChunkReader.expectedSize(0, 10, 4));
        assertEquals(2, ChunkReader.expectedSize(2, 10, 4));
    }

    @Test
    void revisionsMapToSortAndSkip() {
        assertEquals(BsonDocument.parse("{uploadDate: 1}"), Revisions.sort(0));
        assertEquals(0, Revisions.skip(0));
        assertEquals(2, Revisions.skip(2));
        assertEquals(BsonDocument.parse("{uploadDate: -1}"), Revisions.sort(-1));
        assertEquals(0, Revisions.skip(-1));
        assertEquals(1, Revisions.skip(-2));
    }

    @Test
    void indexKeysCompareNumerically() {
        assertTrue(BucketIndexes.sameKeys(BsonDocument.parse("{filename: 1.0, uploadDate: {$numberLong: '1'}}"),
                BucketIndexes.FILES_KEYS));
        assertFalse(BucketIndexes.sameKeys(BsonDocument.parse("{uploadDate: 1, filename: 1}"), BucketIndexes.FILES_KEYS));
        assertFalse(BucketIndexes.sameKeys(BsonDocument.parse("{files_id: 1, n: -1}"), BucketIndexes.CHUNKS_KEYS));
        assertFalse(BucketIndexes.sameKeys(BsonDocument.parse("{files_id: 1}"), BucketIndexes.CHUNKS_KEYS));
    }

    @Test
    void filesDocumentsRoundTripAndLegacyFormsAreRead() {
        BsonObjectId id = new BsonObjectId();
        BsonDocument document = FilesDocuments.newFilesDocument(id, "a.txt", 10, 4, 1000, BsonDocument.parse("{k: 'v'}"));
        GridFSFile file = FilesDocuments.toGridFSFile(document);
        assertEquals(id, file.getId());
        assertEquals("a.txt", file.getFilename());
        assertEquals(10, file.getLength());
        assertEquals(4, file.getChunkSize());
        assertEquals(1000, file.getUploadDate().getTime());
        assertEquals("v", file.getMetadata().getString("k"));

        GridFSFile legacy = FilesDocuments.toGridFSFile(BsonDocument.parse(
                "{_id: 1, length: {$numberLong: '3'}, chunkSize: 2.0, uploadDate: {$date: 0}}"));
        assertNull(legacy.getFilename());
        assertEquals(3, legacy.getLength());
        assertEquals(2, legacy.getChunkSize());
        assertThrows(GridFSCorruptFileException.class, () -> FilesDocuments.toGridFSFile(BsonDocument.parse("{_id: 1}")));
        assertThrows(GridFSCorruptFileException.class,
                () -> FilesDocuments.toGridFSFile(BsonDocument.parse("{_id: 1, length: 5, chunkSize: 0}")));
    }
}
