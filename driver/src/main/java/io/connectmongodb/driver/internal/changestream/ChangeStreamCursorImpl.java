package io.connectmongodb.driver.internal.changestream;

import io.connectmongodb.driver.changestream.ChangeStreamCursor;
import io.connectmongodb.driver.changestream.ChangeStreamEvent;
import io.connectmongodb.driver.error.MongoChangeStreamException;
import io.connectmongodb.driver.error.MongoInterruptedException;
import io.connectmongodb.driver.internal.cursor.CommandCursor;
import java.lang.System.Logger.Level;
import java.util.NoSuchElementException;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;
import org.bson.BsonValue;

/**
 * A change stream cursor that resumes, following the change-streams spec.
 *
 * <p><b>Resume token.</b> After each event the cached token is the event's {@code _id}, except
 * that when the event was the last of its batch and the reply carried a
 * {@code postBatchResumeToken}, that (newer) token is cached; an empty batch also caches the
 * reply's {@code postBatchResumeToken}. An event without {@code _id} stops the stream with
 * {@link MongoChangeStreamException}, because resuming would then be unsafe.
 *
 * <p><b>Resume.</b> When reading fails with a resumable error ({@link ResumableErrors}), the
 * cursor is discarded and the {@code aggregate} runs once more, from: {@code startAfter} with the
 * cached token when the caller gave startAfter and no event was returned yet, otherwise
 * {@code resumeAfter} with the cached token; without a token, {@code startAtOperationTime} with
 * the caller's time or the first reply's {@code operationTime} (wire version 7 and later);
 * otherwise from now. If that attempt, or the read right after it, fails too, the error reaches
 * the caller and the cursor is closed. Because the token is that of the last event handed out,
 * the reopened stream starts exactly after it: nothing is lost or repeated.
 *
 * <p><b>Waiting.</b> {@link #hasNext()} and {@link #next()} repeat {@code getMore} until an event
 * arrives. A server normally holds an empty {@code getMore} for {@code maxAwaitTimeMS}; when an
 * empty reply comes back faster than {@value #FAST_EMPTY_REPLY_MILLIS} ms (servers that do not
 * await), the next one waits {@value #EMPTY_REPLY_PAUSE_MILLIS} ms so the loop does not spin.
 */
final class ChangeStreamCursorImpl<T> implements ChangeStreamCursor<T> {
    private static final System.Logger LOGGER = System.getLogger(ChangeStreamCursorImpl.class.getName());
    static final long FAST_EMPTY_REPLY_MILLIS = 5;
    static final long EMPTY_REPLY_PAUSE_MILLIS = 10;

    private final OperationRunner runner;
    private final ChangeStreamOptions options;
    private final EventDecoder<T> decoder;
    private CommandCursor<BsonDocument> cursor;
    private BsonTimestamp initialOperationTime;
    private int maxWireVersion;
    private BsonDocument cachedToken;
    private boolean eventReturned;
    private ChangeStreamEvent<T> pending;
    private boolean closed;

    ChangeStreamCursorImpl(OperationRunner runner, ChangeStreamOptions options, EventDecoder<T> decoder) {
        this.runner = runner;
        this.options = options;
        this.decoder = decoder;
        this.cachedToken = options.startAfter() != null ? options.startAfter() : options.resumeAfter();
        ChangeStreamOpening.Opened opened = open(options.initialResumePoint());
        if (options.resumeAfter() == null && options.startAfter() == null && options.startAtOperationTime() == null
                && maxWireVersion >= 7) {
            initialOperationTime = opened.operationTime();
        }
        cacheTokenOfEmptyBatch();
    }

    @Override
    public ChangeStreamEvent<T> tryNext() {
        ensureOpen();
        if (pending != null) {
            ChangeStreamEvent<T> event = pending;
            pending = null;
            return event;
        }
        return readOne();
    }

    @Override
    public boolean hasNext() {
        ensureOpen();
        while (pending == null) {
            long started = System.nanoTime();
            pending = readOne();
            if (pending == null) {
                if (cursor.getServerCursorId() == null && cursor.available() == 0) {
                    return false;
                }
                pauseAfterFastEmptyReply(started);
            }
        }
        return true;
    }

    @Override
    public ChangeStreamEvent<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the server closed the change stream (for example after an invalidate event)");
        }
        ChangeStreamEvent<T> event = pending;
        pending = null;
        return event;
    }

    @Override
    public BsonDocument getResumeToken() {
        return cachedToken;
    }

    @Override
    public Long getServerCursorId() {
        return closed ? null : cursor.getServerCursorId();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            pending = null;
            cursor.close();
        }
    }

    private ChangeStreamEvent<T> readOne() {
        BsonDocument raw;
        try {
            raw = cursor.tryNext();
        } catch (RuntimeException error) {
            if (!ResumableErrors.isResumable(error, maxWireVersion)) {
                close();
                throw error;
            }
            raw = resumeAndRead(error);
        }
        if (raw == null) {
            cacheTokenOfEmptyBatch();
            return null;
        }
        BsonValue id = raw.get("_id");
        if (id == null || !id.isDocument()) {
            close();
            throw new MongoChangeStreamException("a change event has no _id resume token (did the pipeline remove it?); "
                    + "the stream cannot be resumed safely and was closed");
        }
        BsonDocument batchToken = cursor.postBatchResumeToken();
        cachedToken = cursor.available() == 0 && batchToken != null ? batchToken : id.asDocument();
        eventReturned = true;
        return decoder.decode(raw);
    }

    private BsonDocument resumeAndRead(RuntimeException error) {
        LOGGER.log(Level.DEBUG, () -> "change stream resuming after: " + error);
        cursor.close();
        try {
            open(resumePoint());
            return cursor.tryNext();
        } catch (RuntimeException second) {
            second.addSuppressed(error);
            closed = true;
            throw second;
        }
    }

    private ResumePoint resumePoint() {
        if (cachedToken != null) {
            return options.startAfter() != null && !eventReturned
                    ? ResumePoint.startAfter(cachedToken) : ResumePoint.resumeAfter(cachedToken);
        }
        if (options.startAtOperationTime() != null) {
            return ResumePoint.startAtOperationTime(options.startAtOperationTime());
        }
        if (initialOperationTime != null) {
            return ResumePoint.startAtOperationTime(initialOperationTime);
        }
        return ResumePoint.now();
    }

    private ChangeStreamOpening.Opened open(ResumePoint resumePoint) {
        ChangeStreamOpening.Opened opened = runner.run(new ChangeStreamOpening(options.aggregateCommand(resumePoint),
                options.batchSize(), options.maxAwaitTimeMS()));
        cursor = opened.cursor();
        maxWireVersion = opened.maxWireVersion();
        return opened;
    }

    private void cacheTokenOfEmptyBatch() {
        if (cursor.available() == 0 && cursor.postBatchResumeToken() != null) {
            cachedToken = cursor.postBatchResumeToken();
        }
    }

    private static void pauseAfterFastEmptyReply(long startedNanos) {
        long elapsedMillis = (System.nanoTime() - startedNanos) / 1_000_000;
        if (elapsedMillis < FAST_EMPTY_REPLY_MILLIS) {
            try {
                Thread.sleep(EMPTY_REPLY_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MongoInterruptedException("interrupted while waiting for change events", e);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the change stream cursor was closed and cannot be used any more");
        }
    }
}
