package io.connectmongodb.benchmarks.drivers;

import org.bson.Document;
import org.bson.RawBsonDocument;

import java.util.List;

/** The collection operations the workloads measure, implemented by each driver's own public API. */
public interface CollectionHandle {

    /** {@code find({_id: id}).first()}. */
    Document findOneById(Object id);

    /** {@code find({_id: id}).first()} on the collection with {@code RawBsonDocument} results (not decoded). */
    RawBsonDocument findOneRawById(Object id);

    void insertOne(Document document);

    void insertMany(List<Document> documents);

    /** Iterates {@code find()} to the end and returns how many documents came back. */
    int findAll();

    /** Iterates {@code find()} with {@code RawBsonDocument} results to the end; returns how many came back. */
    int findAllRaw();

    void drop();
}
