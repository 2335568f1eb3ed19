package io.connectmongodb.benchmarks.process;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerProcessTest {

    @Test
    void theChildServerListensOnLoopbackAndEndsWhenClosed() throws Exception {
        ServerProcess.Started started = ServerProcess.start("256m");
        Optional<ProcessHandle> handle = ProcessHandle.of(started.child().pid());
        try (Socket socket = new Socket("127.0.0.1", started.port())) {
            assertTrue(socket.isConnected());
        } finally {
            started.close();
        }
        assertFalse(handle.map(ProcessHandle::isAlive).orElse(false), "child JVM still alive after close");
    }

    @Test
    void aChildThatNeverPrintsTheLineFailsWithItsOutput() throws Exception {
        try (ChildJvm child = ChildJvm.start("64m", Silent.class)) {
            IOException e = assertThrows(IOException.class, () -> child.awaitLine("PORT ", 30));
            assertTrue(e.getMessage().contains("hello from the child"), e.getMessage());
        }
    }

    @Test
    void badHeapSizesAreRejectedBeforeAnythingStarts() {
        assertThrows(IllegalArgumentException.class, () -> ChildJvm.start("lots", Silent.class));
    }

    /** A child main that prints one line and exits. */
    public static final class Silent {
        public static void main(String[] args) {
            System.out.println("hello from the child");
        }
    }
}
