package io.connectmongodb.driver.gridfs;

import io.connectmongodb.testsupport.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Constant memory in the default build: a 64 MB file is uploaded from a stream and downloaded
 * again by a client JVM limited to 64 MB of heap, so holding the file (or one reply with all of
 * it: more than the 48 MB message limit) would fail. The server runs in this JVM.
 */
class GridFSStreamingIT {

    @Test
    void sixtyFourMegabytesThroughASixtyFourMegabyteHeap() throws Exception {
        String verdict = StreamingClientRun.run(TestServer.shared().uri(), 64, "64m", 300);
        org.junit.jupiter.api.Assertions.assertTrue(verdict.contains("RESULT ok"), verdict);
    }
}
