package io.connectmongodb.driver.internal.session;

import java.nio.ByteBuffer;
import java.util.UUID;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

/**
 * A server session: the {@code lsid} ({@code {id: UUID}}, binary subtype 4), when it was last
 * used (for expiry), and its transaction number, which only ever grows. A session that met a
 * network error is marked dirty and never reused, as the sessions spec asks.
 */
public final class ServerSession {
    private final BsonDocument identifier;
    /** The same {@code lsid}, serialized once and immutable, so every command can share it. */
    private final RawBsonDocument commandIdentifier;
    private volatile long lastUsedNanos;
    private long transactionNumber;
    private volatile boolean dirty;

    ServerSession(UUID id, long nowNanos) {
        byte[] bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
        this.identifier = new BsonDocument("id", new BsonBinary(BsonBinarySubType.UUID_STANDARD, bytes));
        this.commandIdentifier = new RawBsonDocument(identifier, new BsonDocumentCodec());
        this.lastUsedNanos = nowNanos;
    }

    /** The {@code lsid} document (a fresh copy: commands may be changed by their senders). */
    public BsonDocument identifier() {
        return identifier.clone();
    }

    /** The {@code lsid} for commands: one shared, immutable document (writes to it throw). */
    public RawBsonDocument commandIdentifier() {
        return commandIdentifier;
    }

    public synchronized long nextTransactionNumber() {
        return ++transactionNumber;
    }

    public synchronized long transactionNumber() {
        return transactionNumber;
    }

    void used(long nowNanos) {
        lastUsedNanos = nowNanos;
    }

    long lastUsedNanos() {
        return lastUsedNanos;
    }

    public void markDirty() {
        dirty = true;
    }

    boolean isDirty() {
        return dirty;
    }
}
