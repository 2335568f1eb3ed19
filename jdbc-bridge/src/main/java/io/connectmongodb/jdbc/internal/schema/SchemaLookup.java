package io.connectmongodb.jdbc.internal.schema;

/**
 * Where the SQL planner learns the columns of a collection: to expand {@code SELECT *} and to decide whether
 * {@code a.b} names field {@code b} of table alias {@code a} or the nested field {@code a.b}.
 */
@FunctionalInterface
public interface SchemaLookup {

    /** A lookup that knows nothing but {@code _id}; for planning without a server. */
    SchemaLookup ID_ONLY = CollectionSchema::idOnly;

    CollectionSchema schemaOf(String collection) throws java.sql.SQLException;
}
