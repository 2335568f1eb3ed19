package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.error.MongoWriteConcernException;
import io.connectmongodb.driver.error.WriteConcernError;
import io.connectmongodb.driver.error.WriteError;
import io.connectmongodb.driver.internal.bson.BsonSizes;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionDescription;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.internal.connection.DocumentSequence;
import io.connectmongodb.driver.model.MongoNamespace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Sends an insert, update or delete command for any number of statements. First every
 * size-limited document is checked against {@code maxBsonObjectSize} (so nothing is sent when one
 * is too big); then the statements are split by {@link WriteBatchSplitter} and each batch is sent
 * as an OP_MSG document sequence. Batch replies are merged with indexes shifted into the caller's
 * list. An ordered write stops after the first batch that reports a write error; an unordered one
 * sends every batch.
 */
public final class WriteCommandOperation implements Operation<WriteCommandResult> {
    private static final String RETRYABLE_WRITE_ERROR = "RetryableWriteError";
    private final MongoNamespace namespace;
    private final WriteKind kind;
    private final List<WriteStatement> statements;
    private final boolean ordered;
    private final Boolean bypassDocumentValidation;

    public WriteCommandOperation(MongoNamespace namespace, WriteKind kind, List<WriteStatement> statements, boolean ordered,
                                 Boolean bypassDocumentValidation) {
        if (statements.isEmpty()) {
            throw new IllegalArgumentException(kind.commandName() + " needs at least one statement");
        }
        this.namespace = namespace;
        this.kind = kind;
        this.statements = List.copyOf(statements);
        this.ordered = ordered;
        this.bypassDocumentValidation = bypassDocumentValidation;
    }

    /** The command document every batch carries; the statements travel beside it as a document sequence. */
    public BsonDocument command() {
        BsonDocument command = new BsonDocument(kind.commandName(), new BsonString(namespace.getCollectionName()))
                .append("ordered", BsonBoolean.valueOf(ordered));
        if (bypassDocumentValidation != null && kind != WriteKind.DELETE) {
            command.append("bypassDocumentValidation", BsonBoolean.valueOf(bypassDocumentValidation));
        }
        return Commands.withDatabase(command, namespace.getDatabaseName());
    }

    @Override
    public WriteCommandResult execute(ConnectionSource source) {
        try (Connection connection = source.acquire()) {
            ConnectionDescription description = connection.description();
            for (WriteStatement statement : statements) {
                // the whole statement travels as one sequence document: refuse it here, before the
                // command is started (and announced to listeners), rather than in the encoder
                DocumentSizes.check(statement, description.maxBsonObjectSize());
            }
            BsonDocument command = command();
            List<WriteBatchSplitter.Batch> batches = statements.size() == 1
                    ? WriteBatchSplitter.single(statements.get(0), description.maxWriteBatchSize())
                    : WriteBatchSplitter.split(statements, kind.sequenceIdentifier(), BsonSizes.documentSize(command),
                            description.maxWriteBatchSize(), description.maxMessageSizeBytes());
            return sendBatches(connection, command, batches);
        }
    }

    private WriteCommandResult sendBatches(Connection connection, BsonDocument command, List<WriteBatchSplitter.Batch> batches) {
        long n = 0;
        long nModified = 0;
        int sent = 0;
        Map<Integer, BsonValue> upserted = Map.of(); // replaced by a mutable one on the first entry
        List<WriteError> errors = List.of();
        WriteConcernError writeConcernError = null;
        List<String> writeConcernErrorLabels = List.of();
        for (WriteBatchSplitter.Batch batch : batches) {
            BsonDocument reply = connection.command(command,
                    List.of(new DocumentSequence(kind.sequenceIdentifier(), batch.statements())));
            sent += batch.statements().size();
            WriteReply fields = WriteReply.of(reply);
            n += fields.n();
            nModified += fields.nModified();
            for (BsonValue entry : WriteReply.entries(fields.upserted())) {
                BsonDocument upsert = entry.asDocument();
                if (upserted.isEmpty()) {
                    upserted = new LinkedHashMap<>();
                }
                upserted.put(upsert.getNumber("index").intValue() + batch.offset(), upsert.get("_id"));
            }
            boolean batchFailed = false;
            for (BsonValue entry : WriteReply.entries(fields.writeErrors())) {
                if (errors.isEmpty()) {
                    errors = new ArrayList<>();
                }
                errors.add(WriteErrorParser.writeError(entry.asDocument(), batch.offset()));
                batchFailed = true;
            }
            if (fields.writeConcernError() != null) {
                writeConcernError = WriteErrorParser.writeConcernError(fields.writeConcernError());
                writeConcernErrorLabels = WriteErrorParser.labels(fields.errorLabels());
            }
            if (ordered && batchFailed) {
                break;
            }
        }
        WriteCommandResult result = new WriteCommandResult(connection.description().address(), ordered, sent, n, nModified,
                upserted, errors, writeConcernError, writeConcernErrorLabels);
        if (writeConcernError != null && errors.isEmpty() && writeConcernErrorLabels.contains(RETRYABLE_WRITE_ERROR)) {
            // thrown here, inside the executor's retry loop, so the retryable-writes rules can retry it
            throw result.withWriteConcernLabels(new MongoWriteConcernException(writeConcernError, result.address()));
        }
        return result;
    }
}
