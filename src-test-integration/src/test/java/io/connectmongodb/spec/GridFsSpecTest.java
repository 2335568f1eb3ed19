package io.connectmongodb.spec;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.error.MongoClientException;
import io.connectmongodb.driver.error.MongoException;
import io.connectmongodb.driver.gridfs.GridFSBucket;
import io.connectmongodb.driver.gridfs.GridFSBuckets;
import io.connectmongodb.driver.gridfs.GridFSDownloadOptions;
import io.connectmongodb.driver.gridfs.GridFSUploadOptions;
import io.connectmongodb.testsupport.SpecsDir;
import io.connectmongodb.testsupport.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every file of the GridFS unified spec tests through our {@link GridFSBucket}, implementing
 * the part of the unified test format these files use: client, database, bucket and collection
 * entities; {@code initialData}; bucket operations (upload, download, downloadByName, delete,
 * deleteByName, rename, renameByName) and collection operations (find, deleteOne, updateOne,
 * bulkWrite of updateOne) with {@code expectResult}, {@code expectError} and
 * {@code saveResultAsEntity}; and {@code outcome}. MD5 is never computed (the spec deprecated it),
 * which {@code disableMD5} and the {@code $$unsetOrMatches} md5 fields allow.
 */
class GridFsSpecTest {
    private static final AtomicInteger FILES = new AtomicInteger();
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger PASSED = new AtomicInteger();

    @AfterAll
    static void printSummary() {
        System.out.println("gridfs spec: " + FILES.get() + " files, " + CASES.get() + " cases, " + PASSED.get() + " passed");
    }

    @TestFactory
    Stream<DynamicNode> specFiles() {
        Path root = SpecsDir.resolve("gridfs/tests");
        if (!Files.isDirectory(root)) {
            System.out.println("gridfs spec: skipped, no spec directory at " + root);
            Assumptions.abort("no spec directory at " + root);
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : SpecsDir.jsonFiles(root)) {
            FILES.incrementAndGet();
            BsonDocument spec = read(file);
            List<DynamicNode> cases = new ArrayList<>();
            for (BsonValue test : spec.getArray("tests")) {
                String description = test.asDocument().getString("description").getValue();
                cases.add(DynamicTest.dynamicTest(description, () -> runCase(spec, test.asDocument())));
            }
            nodes.add(DynamicContainer.dynamicContainer(root.relativize(file).toString(), file.toUri(), cases.stream()));
        }
        return nodes.stream();
    }

    private static BsonDocument read(Path file) {
        try {
            return BsonDocument.parse(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static void runCase(BsonDocument spec, BsonDocument test) {
        CASES.incrementAndGet();
        try (MongoClient client = MongoClients.create(TestServer.shared().uri())) {
            Map<String, Object> objects = new HashMap<>();
            Map<String, BsonValue> saved = new HashMap<>();
            createEntities(client, spec.getArray("createEntities"), objects);
            List<BsonDocument> data = new ArrayList<>();
            spec.getArray("initialData", new BsonArray()).forEach(entry -> data.add(entry.asDocument()));
            loadInitialData(client, data);
            UnifiedMatcher matcher = new UnifiedMatcher(saved);
            for (BsonValue operation : test.getArray("operations")) {
                runOperation(operation.asDocument(), objects, saved, matcher);
            }
            if (test.containsKey("outcome")) {
                checkOutcome(client, test.getArray("outcome"), matcher);
            }
        }
        PASSED.incrementAndGet();
    }

    private static void createEntities(MongoClient client, BsonArray entities, Map<String, Object> objects) {
        for (BsonValue value : entities) {
            BsonDocument entity = value.asDocument();
            String kind = entity.getFirstKey();
            BsonDocument options = entity.getDocument(kind);
            String id = options.getString("id").getValue();
            switch (kind) {
                case "client" -> objects.put(id, client);
                case "database" -> objects.put(id, client.getDatabase(options.getString("databaseName").getValue()));
                case "collection" -> objects.put(id, ((MongoDatabase) objects.get(options.getString("database").getValue()))
                        .getCollection(options.getString("collectionName").getValue(), BsonDocument.class));
                case "bucket" -> {
                    MongoDatabase database = (MongoDatabase) objects.get(options.getString("database").getValue());
                    BsonDocument bucketOptions = options.getDocument("bucketOptions", new BsonDocument());
                    GridFSBucket bucket = GridFSBuckets.create(database, bucketOptions.getString("bucketName",
                            new org.bson.BsonString(GridFSBuckets.DEFAULT_BUCKET_NAME)).getValue());
                    if (bucketOptions.containsKey("chunkSizeBytes")) {
                        bucket = bucket.withChunkSizeBytes(bucketOptions.getNumber("chunkSizeBytes").intValue());
                    }
                    objects.put(id, bucket);
                }
                default -> throw new UnsupportedOperationException("entity " + kind + " is not used by the GridFS files");
            }
        }
    }

    private static void loadInitialData(MongoClient client, List<BsonDocument> data) {
        for (BsonDocument collectionData : data) {
            MongoCollection<BsonDocument> collection = client.getDatabase(collectionData.getString("databaseName").getValue())
                    .getCollection(collectionData.getString("collectionName").getValue(), BsonDocument.class);
            collection.drop();
            List<BsonDocument> documents = new ArrayList<>();
            collectionData.getArray("documents").forEach(document -> documents.add(document.asDocument()));
            if (!documents.isEmpty()) {
                collection.insertMany(documents);
            }
        }
    }

    private static void runOperation(BsonDocument operation, Map<String, Object> objects, Map<String, BsonValue> saved,
                                     UnifiedMatcher matcher) {
        String name = operation.getString("name").getValue();
        Object target = objects.get(operation.getString("object").getValue());
        BsonDocument arguments = operation.getDocument("arguments", new BsonDocument());
        BsonValue result;
        try {
            result = target instanceof GridFSBucket bucket
                    ? bucketOperation(bucket, name, arguments)
                    : collectionOperation(castCollection(target), name, arguments);
        } catch (MongoException | IllegalArgumentException e) {
            if (!operation.containsKey("expectError")) {
                throw new AssertionError(name + " failed unexpectedly", e);
            }
            BsonDocument expectError = operation.getDocument("expectError");
            if (expectError.getBoolean("isClientError", org.bson.BsonBoolean.FALSE).getValue()
                    && !(e instanceof MongoClientException || e instanceof IllegalArgumentException)) {
                throw new AssertionError(name + ": expected a client error but got " + e, e);
            }
            return;
        }
        if (operation.containsKey("expectError")) {
            throw new AssertionError(name + ": expected an error but got " + result);
        }
        if (operation.containsKey("expectResult")) {
            matcher.match(name, operation.get("expectResult"), result, true);
        }
        if (operation.containsKey("saveResultAsEntity")) {
            saved.put(operation.getString("saveResultAsEntity").getValue(), result);
        }
    }

    @SuppressWarnings("unchecked")
    private static MongoCollection<BsonDocument> castCollection(Object target) {
        return (MongoCollection<BsonDocument>) target;
    }

    private static BsonValue bucketOperation(GridFSBucket bucket, String name, BsonDocument arguments) {
        switch (name) {
            case "upload" -> {
                GridFSUploadOptions options = new GridFSUploadOptions();
                if (arguments.containsKey("chunkSizeBytes")) {
                    options.chunkSizeBytes(arguments.getNumber("chunkSizeBytes").intValue());
                }
                if (arguments.containsKey("metadata")) {
                    options.metadata(Document.parse(arguments.getDocument("metadata").toJson()));
                }
                BsonBinary source = UnifiedMatcher.hexBytes(arguments.get("source"));
                return new BsonObjectId(bucket.uploadFromStream(arguments.getString("filename").getValue(),
                        new ByteArrayInputStream(source.getData()), options));
            }
            case "download" -> {
                return new BsonBinary(bucket.downloadAsBytes(arguments.get("id")));
            }
            case "downloadByName" -> {
                GridFSDownloadOptions options = new GridFSDownloadOptions();
                if (arguments.containsKey("revision")) {
                    options.revision(arguments.getNumber("revision").intValue());
                }
                return new BsonBinary(bucket.downloadAsBytes(arguments.getString("filename").getValue(), options));
            }
            case "delete" -> bucket.delete(arguments.get("id"));
            case "deleteByName" -> bucket.deleteByName(arguments.getString("filename").getValue());
            case "rename" -> bucket.rename(arguments.get("id"), arguments.getString("newFilename").getValue());
            case "renameByName" -> bucket.renameByName(arguments.getString("filename").getValue(),
                    arguments.getString("newFilename").getValue());
            default -> throw new UnsupportedOperationException("bucket operation " + name + " is not used by the GridFS files");
        }
        return null;
    }

    private static BsonValue collectionOperation(MongoCollection<BsonDocument> collection, String name, BsonDocument arguments) {
        switch (name) {
            case "find" -> {
                var find = collection.find(arguments.getDocument("filter"));
                if (arguments.containsKey("sort")) {
                    find.sort(arguments.getDocument("sort"));
                }
                return new BsonArray(find.into(new ArrayList<>()));
            }
            case "deleteOne" -> {
                return new BsonDocument("deletedCount", new BsonInt64(collection.deleteOne(arguments.getDocument("filter")).deletedCount()));
            }
            case "updateOne" -> {
                var result = collection.updateOne(arguments.getDocument("filter"), arguments.getDocument("update"));
                return new BsonDocument("matchedCount", new BsonInt64(result.matchedCount()))
                        .append("modifiedCount", new BsonInt64(result.modifiedCount()));
            }
            case "bulkWrite" -> {
                long matched = 0;
                long modified = 0;
                for (BsonValue request : arguments.getArray("requests")) {
                    BsonDocument updateOne = request.asDocument().getDocument("updateOne");
                    var result = collection.updateOne(updateOne.getDocument("filter"), updateOne.getDocument("update"));
                    matched += result.matchedCount();
                    modified += result.modifiedCount();
                }
                return new BsonDocument("matchedCount", new BsonInt64(matched)).append("modifiedCount", new BsonInt64(modified));
            }
            default -> throw new UnsupportedOperationException("collection operation " + name + " is not used by the GridFS files");
        }
    }

    private static void checkOutcome(MongoClient client, BsonArray outcome, UnifiedMatcher matcher) {
        for (BsonValue value : outcome) {
            BsonDocument expected = value.asDocument();
            MongoCollection<BsonDocument> collection = client.getDatabase(expected.getString("databaseName").getValue())
                    .getCollection(expected.getString("collectionName").getValue(), BsonDocument.class);
            List<BsonDocument> actual = collection.find().sort(new BsonDocument("_id", new BsonInt32(1))).into(new ArrayList<>());
            matcher.match("outcome " + expected.getString("collectionName").getValue(), expected.getArray("documents"),
                    new BsonArray(actual), false);
        }
    }
}
