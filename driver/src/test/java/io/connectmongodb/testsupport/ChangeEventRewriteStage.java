package io.connectmongodb.testsupport;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.aggregation.stage.AggregationStage;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The first stage of every change stream on {@link ChangeStreamShimBackend}: turns mongo-java-server's events
 * into the shape MongoDB sends.
 *
 * <ul>
 *   <li>An update entry written by {@link ChangeEventOplog} (its marker sits in {@code documentKey}) becomes an
 *       {@code update} event with {@code updateDescription} computed from the before and after images
 *       ({@link UpdateDescriptionDiff}) and, for {@code fullDocument: "updateLookup"}, the document as it is now
 *       (null when it is gone); or a {@code replace} event whose {@code fullDocument} is the new document.
 *       Both get {@code documentKey: {_id}}.</li>
 *   <li>Every event gets {@code ns: {db, coll}} (for other events, the watched collection) and loses a null
 *       {@code fullDocument}, which MongoDB leaves out.</li>
 * </ul>
 */
final class ChangeEventRewriteStage implements AggregationStage {
    private final boolean updateLookup;
    private final String watchedNamespace;
    private final MongoBackend backend;

    ChangeEventRewriteStage(Document changeStream, String watchedNamespace, MongoBackend backend) {
        this.updateLookup = "updateLookup".equals(changeStream.get("fullDocument"));
        this.watchedNamespace = watchedNamespace;
        this.backend = backend;
    }

    @Override
    public String name() {
        return "$connectMongodbChangeEventShim";
    }

    @Override
    public Stream<Document> apply(Stream<Document> events) {
        return events.map(this::rewrite);
    }

    private Document rewrite(Document event) {
        Object key = event.get("documentKey");
        if (key instanceof Document documentKey && documentKey.get(ChangeEventOplog.SHIM_FIELD) instanceof Document shim) {
            return rewriteUpdate(event, shim);
        }
        Document rewritten = new Document();
        for (String field : event.keySet()) {
            if (field.equals("documentKey") && !event.containsKey("ns") && !watchedNamespace.endsWith(".$cmd")) {
                rewritten.append("ns", namespaceDocument(watchedNamespace));
            }
            if (!(field.equals("fullDocument") && event.get(field) == null)) {
                rewritten.append(field, event.get(field));
            }
        }
        return rewritten;
    }

    private Document rewriteUpdate(Document event, Document shim) {
        String namespace = (String) shim.get("ns");
        Object id = shim.get("id");
        Document before = (Document) shim.get("before");
        Document after = (Document) shim.get("after");
        String operationType = (String) shim.get("operationType");
        Document rewritten = new Document("_id", event.get("_id"))
                .append("operationType", operationType)
                .append("clusterTime", event.get("clusterTime"))
                .append("ns", namespaceDocument(namespace))
                .append("documentKey", new Document("_id", id));
        if (operationType.equals("replace")) {
            rewritten.append("fullDocument", after.cloneDeeply());
        } else {
            rewritten.append("updateDescription", UpdateDescriptionDiff.between(before, after));
            if (updateLookup) {
                rewritten.append("fullDocument", currentDocument(namespace, id));
            }
        }
        return rewritten;
    }

    private Document currentDocument(String namespace, Object id) {
        int dot = namespace.indexOf('.');
        MongoDatabase database = backend.resolveDatabase(namespace.substring(0, dot));
        MongoCollection<?> collection = database.resolveCollection(namespace.substring(dot + 1), false);
        if (collection == null) {
            return null;
        }
        Iterator<Document> found = collection.handleQuery(new Document("_id", id)).iterator();
        return found.hasNext() ? found.next().cloneDeeply() : null;
    }

    private static Document namespaceDocument(String namespace) {
        int dot = namespace.indexOf('.');
        return new Document("db", namespace.substring(0, dot)).append("coll", namespace.substring(dot + 1));
    }
}
