package io.connectmongodb.driver.internal.changestream;

import io.connectmongodb.driver.changestream.FullDocument;
import io.connectmongodb.driver.changestream.FullDocumentBeforeChange;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonTimestamp;

/**
 * Everything needed to open, and reopen, one change stream, and the {@code aggregate} command that
 * does it: a {@code $changeStream} stage (with the options and the resume point) followed by the
 * caller's stages.
 */
record ChangeStreamOptions(ChangeStreamTarget target, List<BsonDocument> pipeline, FullDocument fullDocument,
                           FullDocumentBeforeChange fullDocumentBeforeChange, BsonDocument resumeAfter,
                           BsonDocument startAfter, BsonTimestamp startAtOperationTime, int batchSize,
                           long maxAwaitTimeMS) {

    ChangeStreamOptions {
        pipeline = List.copyOf(pipeline);
        int resumeOptions = (resumeAfter != null ? 1 : 0) + (startAfter != null ? 1 : 0) + (startAtOperationTime != null ? 1 : 0);
        if (resumeOptions > 1) {
            throw new IllegalArgumentException("only one of resumeAfter, startAfter and startAtOperationTime may be set");
        }
    }

    /** The resume point of the first {@code aggregate}. */
    ResumePoint initialResumePoint() {
        if (resumeAfter != null) {
            return ResumePoint.resumeAfter(resumeAfter);
        }
        if (startAfter != null) {
            return ResumePoint.startAfter(startAfter);
        }
        if (startAtOperationTime != null) {
            return ResumePoint.startAtOperationTime(startAtOperationTime);
        }
        return ResumePoint.now();
    }

    BsonDocument aggregateCommand(ResumePoint resumePoint) {
        BsonDocument stage = new BsonDocument();
        if (fullDocument != FullDocument.DEFAULT) {
            stage.append("fullDocument", new BsonString(fullDocument.value()));
        }
        if (fullDocumentBeforeChange != FullDocumentBeforeChange.DEFAULT) {
            stage.append("fullDocumentBeforeChange", new BsonString(fullDocumentBeforeChange.value()));
        }
        if (target.allChangesForCluster()) {
            stage.append("allChangesForCluster", BsonBoolean.TRUE);
        }
        resumePoint.applyTo(stage);
        BsonArray stages = new BsonArray();
        stages.add(new BsonDocument("$changeStream", stage));
        stages.addAll(pipeline);
        BsonDocument cursor = new BsonDocument();
        if (batchSize > 0) {
            cursor.append("batchSize", new BsonInt32(batchSize));
        }
        return new BsonDocument("aggregate", target.aggregateTarget())
                .append("pipeline", stages)
                .append("cursor", cursor)
                .append("$db", new BsonString(target.databaseName()));
    }
}
