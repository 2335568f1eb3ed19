package io.connectmongodb.benchmarks.drivers;

import org.bson.Document;

import java.util.List;

/** The collection operations the workloads measure, implemented by each driver's own public API. */
public interface CollectionHandle {

    /** {@code find({_id: id}).first()}. */
    Document findOneById(Object id);

    void insertOne(Document document);

    void insertMany(List<Document> documents);

    /** Iterates {@code find()} to the end and returns how many documents came back. */
    int findAll();

    void drop();
}
