package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonDocument;

/**
 * The result of translating one SQL statement: a description of the MongoDB work to do, expressed as BSON documents.
 * Plans are immutable values; the connection layer executes them through the driver's public API.
 */
public sealed interface Plan permits QueryPlan, InsertPlan, UpdatePlan, DeletePlan, CommandPlan {

    /**
     * The MongoDB command equivalent to this plan (what is, in effect, sent to the server). Used in tests and in
     * diagnostics; execution may go through the driver's typed methods instead.
     */
    BsonDocument toCommand();
}
