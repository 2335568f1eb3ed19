package io.connectmongodb.driver.internal.changestream;

import org.bson.BsonDocument;
import org.bson.BsonTimestamp;
import org.bson.BsonValue;

/**
 * Where a change stream starts: after a resume token ({@code resumeAfter} or {@code startAfter}),
 * at an operation time, or (when {@link #now()}) at the present.
 */
record ResumePoint(String option, BsonValue value) {

    static ResumePoint now() {
        return new ResumePoint(null, null);
    }

    static ResumePoint resumeAfter(BsonDocument token) {
        return new ResumePoint("resumeAfter", token);
    }

    static ResumePoint startAfter(BsonDocument token) {
        return new ResumePoint("startAfter", token);
    }

    static ResumePoint startAtOperationTime(BsonTimestamp time) {
        return new ResumePoint("startAtOperationTime", time);
    }

    void applyTo(BsonDocument changeStreamStage) {
        if (option != null) {
            changeStreamStage.append(option, value);
        }
    }
}
