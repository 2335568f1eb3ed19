package io.connectmongodb.driver.internal.connection;

import java.util.List;
import org.bson.BsonDocument;

/**
 * One open connection to one server that runs commands over OP_MSG.
 *
 * <p>A connection is used by one thread at a time. After any I/O or protocol error it is closed
 * and must never be used again; {@link #isClosed()} then answers true. {@link #close()} on a
 * connection obtained from a {@link ConnectionSource} hands it back to that source.
 */
public interface Connection extends AutoCloseable {

    /** What the handshake learned about the server and this connection. */
    ConnectionDescription description();

    /**
     * Sends {@code command} (which must already contain {@code $db}) with optional kind-1 document
     * sequences and returns the reply. A reply with {@code ok: 0} throws
     * {@link io.connectmongodb.driver.error.MongoCommandException}; network problems throw
     * {@link io.connectmongodb.driver.error.MongoSocketException} subtypes and close this connection.
     */
    BsonDocument command(BsonDocument command, List<DocumentSequence> sequences);

    /** Same as {@link #command(BsonDocument, List)} with no document sequences. */
    default BsonDocument command(BsonDocument command) {
        return command(command, List.of());
    }

    boolean isClosed();

    @Override
    void close();
}
