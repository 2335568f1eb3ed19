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

    /**
     * Sends {@code command} as an OP_MSG with the {@code moreToCome} flag and returns without
     * reading anything: the server sends no reply (unacknowledged, {@code w:0}, writes). Errors are
     * only those of encoding and sending.
     *
     * @throws io.connectmongodb.driver.error.MongoUnsupportedFeatureException when this connection
     *     cannot send without awaiting a reply
     */
    default void commandNoReply(BsonDocument command, List<DocumentSequence> sequences) {
        throw new io.connectmongodb.driver.error.MongoUnsupportedFeatureException(getClass().getSimpleName()
                + " cannot send a command without reading its reply (moreToCome)");
    }

    boolean isClosed();

    @Override
    void close();
}
