package io.connectmongodb.driver.internal.operation;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoBulkWriteException;
import io.connectmongodb.driver.error.WriteConcernError;
import io.connectmongodb.driver.error.WriteError;
import io.connectmongodb.driver.internal.connection.ConnectionSource;
import io.connectmongodb.driver.model.BulkWriteResult;
import io.connectmongodb.driver.model.MongoNamespace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonValue;

/**
 * A mixed list of inserts, updates and deletes (the CRUD spec's bulkWrite). The requests are
 * grouped into runs of one kind, each sent by {@link WriteCommandOperation} (which splits it into
 * batches by the server's limits):
 * <ul>
 *   <li>ordered: consecutive requests of the same kind form a run, runs go in order, and the
 *       first run that reports a write error is the last one sent;</li>
 *   <li>unordered: one run per kind (inserts, updates, deletes), all sent whatever fails.</li>
 * </ul>
 * Each run keeps the caller's index of every request, so write errors and upserted ids are
 * reported by their index in the caller's list. Any write error or write concern error raises
 * {@link MongoBulkWriteException} with the partial result.
 */
public final class BulkWriteOperation implements Operation<BulkWriteResult> {

    /**
     * One request.
     *
     * @param insertedId the {@code _id} of an inserted document, {@code null} for updates and deletes
     */
    public record Request(WriteKind kind, WriteStatement statement, BsonValue insertedId) {
    }

    private record Run(WriteKind kind, List<Integer> indexes) {
    }

    private final MongoNamespace namespace;
    private final List<Request> requests;
    private final boolean ordered;
    private final Boolean bypassDocumentValidation;

    public BulkWriteOperation(MongoNamespace namespace, List<Request> requests, boolean ordered,
                              Boolean bypassDocumentValidation) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("a bulk write needs at least one request");
        }
        this.namespace = namespace;
        this.requests = List.copyOf(requests);
        this.ordered = ordered;
        this.bypassDocumentValidation = bypassDocumentValidation;
    }

    @Override
    public BulkWriteResult execute(ConnectionSource source) {
        long inserted = 0;
        long matched = 0;
        long modified = 0;
        long deleted = 0;
        Map<Integer, BsonValue> insertedIds = new LinkedHashMap<>();
        Map<Integer, BsonValue> upsertedIds = new LinkedHashMap<>();
        List<WriteError> errors = new ArrayList<>();
        WriteConcernError writeConcernError = null;
        List<String> writeConcernErrorLabels = List.of();
        ServerAddress address = source.address();
        for (Run run : runs()) {
            List<WriteStatement> statements = new ArrayList<>(run.indexes().size());
            run.indexes().forEach(index -> statements.add(requests.get(index).statement()));
            WriteCommandResult result = new WriteCommandOperation(namespace, run.kind(), statements, ordered,
                    bypassDocumentValidation).execute(source);
            address = result.address();
            Set<Integer> failedInRun = new HashSet<>();
            for (WriteError error : result.writeErrors()) {
                failedInRun.add(error.index());
                errors.add(new WriteError(run.indexes().get(error.index()), error.code(), error.message(), error.details()));
            }
            result.upsertedIds().forEach((index, id) -> upsertedIds.put(run.indexes().get(index), id));
            if (result.writeConcernError() != null) {
                writeConcernError = result.writeConcernError();
                writeConcernErrorLabels = result.writeConcernErrorLabels();
            }
            switch (run.kind()) {
                case INSERT -> {
                    // counted from the statements sent and not failed: some servers report n for the whole batch
                    int upTo = ordered && !result.writeErrors().isEmpty()
                            ? result.writeErrors().get(0).index() : result.sentStatements();
                    for (int i = 0; i < upTo; i++) {
                        if (!failedInRun.contains(i)) {
                            int index = run.indexes().get(i);
                            insertedIds.put(index, requests.get(index).insertedId());
                            inserted++;
                        }
                    }
                }
                case UPDATE -> {
                    matched += result.n() - result.upsertedIds().size();
                    modified += result.nModified();
                }
                case DELETE -> deleted += result.n();
                default -> throw new IllegalStateException("unknown write kind " + run.kind());
            }
            if (ordered && !result.writeErrors().isEmpty()) {
                break;
            }
        }
        BulkWriteResult result = new BulkWriteResult(inserted, matched, modified, deleted, insertedIds, upsertedIds);
        if (!errors.isEmpty() || writeConcernError != null) {
            errors.sort(Comparator.comparingInt(WriteError::index));
            MongoBulkWriteException failure = new MongoBulkWriteException(errors, writeConcernError, result, address);
            writeConcernErrorLabels.forEach(failure::addErrorLabel);
            throw failure;
        }
        return result;
    }

    private List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        if (ordered) {
            Run current = null;
            for (int i = 0; i < requests.size(); i++) {
                WriteKind kind = requests.get(i).kind();
                if (current == null || current.kind() != kind) {
                    current = new Run(kind, new ArrayList<>());
                    runs.add(current);
                }
                current.indexes().add(i);
            }
            return runs;
        }
        Map<WriteKind, Run> byKind = new EnumMap<>(WriteKind.class);
        for (int i = 0; i < requests.size(); i++) {
            WriteKind kind = requests.get(i).kind();
            byKind.computeIfAbsent(kind, k -> new Run(k, new ArrayList<>())).indexes().add(i);
        }
        runs.addAll(byKind.values());
        return runs;
    }
}
