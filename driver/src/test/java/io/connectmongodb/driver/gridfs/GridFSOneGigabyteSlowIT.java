package io.connectmongodb.driver.gridfs;

import io.connectmongodb.testsupport.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The constant-memory proof: 1 GB up and down through a client JVM with 64 MB of heap.
 * Takes minutes, so it runs only with {@code -Pslow}
 * ({@code mvn -B -o -pl driver -am verify -Pslow -Dit.test=GridFSOneGigabyteSlowIT}).
 */
class GridFSOneGigabyteSlowIT {

    @Test
    void oneGigabyteThroughASixtyFourMegabyteHeap() throws Exception {
        StreamingClientRun.run(TestServer.shared().uri(), 1024, "64m", 1800);
    }
}
