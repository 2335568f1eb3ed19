package io.connectmongodb.benchmarks.gridfs;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RepeatingContentTest {

    @Test
    void yieldsExactlyTheLengthAcrossBlockBoundariesWithTheAdvertisedChecksum() throws Exception {
        long length = 2L * RepeatingContent.BLOCK_BYTES + 12_345;
        RepeatingContent content = new RepeatingContent(length);
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[261_120];
        long total = 0;
        int read;
        while ((read = content.read(buffer, 0, buffer.length)) != -1) {
            crc.update(buffer, 0, read);
            total += read;
        }
        assertEquals(length, total);
        assertEquals(RepeatingContent.crc32(length), crc.getValue());
        assertEquals(-1, content.read());
    }

    @Test
    void singleByteAndBulkReadsAgree() throws Exception {
        int length = RepeatingContent.BLOCK_BYTES + 10;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RepeatingContent single = new RepeatingContent(length);
        int b;
        while ((b = single.read()) != -1) {
            bytes.write(b);
        }
        byte[] bulk = new RepeatingContent(length).readAllBytes();
        assertArrayEquals(bulk, bytes.toByteArray());
        assertEquals(bulk[0], bulk[RepeatingContent.BLOCK_BYTES], "the block repeats");
    }

    @Test
    void badArgumentsFail() {
        assertThrows(IllegalArgumentException.class, () -> new RepeatingContent(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> new RepeatingContent(10).read(new byte[4], 2, 3));
    }

    @Test
    void sinkChecksLengthAndContent() {
        CheckingSink sink = new CheckingSink(true);
        byte[] data = new byte[1_000];
        new RepeatingContent(1_000).read(data, 0, 1_000);
        sink.write(data, 0, 999);
        sink.write(data[999]);
        sink.expect(1_000);
        assertThrows(IllegalStateException.class, () -> sink.expect(999));

        CheckingSink wrong = new CheckingSink(true);
        data[5]++;
        wrong.write(data, 0, 1_000);
        assertThrows(IllegalStateException.class, () -> wrong.expect(1_000));

        CheckingSink counting = new CheckingSink(false);
        counting.write(data, 0, 1_000);
        counting.expect(1_000); // counts only
    }
}
