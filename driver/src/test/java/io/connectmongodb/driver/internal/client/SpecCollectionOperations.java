package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.MongoCollection;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.model.BulkWriteOptions;
import io.connectmongodb.driver.model.DeleteManyModel;
import io.connectmongodb.driver.model.DeleteOneModel;
import io.connectmongodb.driver.model.FindOneAndUpdateOptions;
import io.connectmongodb.driver.model.InsertManyOptions;
import io.connectmongodb.driver.model.InsertOneModel;
import io.connectmongodb.driver.model.ReplaceOneModel;
import io.connectmongodb.driver.model.ReplaceOptions;
import io.connectmongodb.driver.model.ReturnDocument;
import io.connectmongodb.driver.model.UpdateManyModel;
import io.connectmongodb.driver.model.UpdateOneModel;
import io.connectmongodb.driver.model.UpdateOptions;
import io.connectmongodb.driver.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/** The unified-format collection and database operations, mapped onto our API (with or without a session). */
final class SpecCollectionOperations {
    private final MongoCollection<BsonDocument> collection;
    private final ClientSession session;

    SpecCollectionOperations(MongoCollection<BsonDocument> collection, ClientSession session) {
        this.collection = collection;
        this.session = session;
    }

    void run(String name, BsonDocument a) {
        BsonDocument filter = a.getDocument("filter", new BsonDocument());
        switch (name) {
            case "insertOne" -> {
                if (session == null) {
                    collection.insertOne(a.getDocument("document"));
                } else {
                    collection.insertOne(session, a.getDocument("document"));
                }
            }
            case "insertMany" -> {
                List<BsonDocument> documents = a.getArray("documents").stream().map(BsonValue::asDocument).toList();
                InsertManyOptions options = new InsertManyOptions().ordered(a.getBoolean("ordered", org.bson.BsonBoolean.TRUE).getValue());
                if (session == null) {
                    collection.insertMany(documents, options);
                } else {
                    collection.insertMany(session, documents, options);
                }
            }
            case "find" -> (session == null ? collection.find(filter) : collection.find(session, filter))
                    .into(new ArrayList<>());
            case "aggregate" -> (session == null ? collection.aggregate(stages(a)) : collection.aggregate(session, stages(a)))
                    .into(new ArrayList<>());
            case "countDocuments" -> {
                if (session == null) {
                    collection.countDocuments(filter);
                } else {
                    collection.countDocuments(session, filter);
                }
            }
            case "distinct" -> (session == null
                    ? collection.distinct(a.getString("fieldName").getValue(), filter, BsonValue.class)
                    : collection.distinct(session, a.getString("fieldName").getValue(), filter, BsonValue.class))
                    .into(new ArrayList<>());
            case "bulkWrite" -> {
                List<WriteModel<BsonDocument>> models = new ArrayList<>();
                for (BsonValue request : a.getArray("requests")) {
                    models.add(model(request.asDocument()));
                }
                BulkWriteOptions options = new BulkWriteOptions().ordered(a.getBoolean("ordered", org.bson.BsonBoolean.TRUE).getValue());
                if (session == null) {
                    collection.bulkWrite(models, options);
                } else {
                    collection.bulkWrite(session, models, options);
                }
            }
            default -> runSingle(name, a, filter);
        }
    }

    private void runSingle(String name, BsonDocument a, BsonDocument filter) {
        MongoCollection<BsonDocument> c = collection;
        ClientSession s = session;
        switch (name) {
            case "updateOne", "updateMany" -> {
                UpdateOptions options = new UpdateOptions().upsert(a.getBoolean("upsert", org.bson.BsonBoolean.FALSE).getValue());
                boolean one = name.equals("updateOne");
                BsonValue update = a.get("update");
                if (update.isArray()) {
                    List<BsonDocument> pipeline = update.asArray().stream().map(BsonValue::asDocument).toList();
                    if (one) {
                        if (s == null) {
                            c.updateOne(filter, pipeline, options);
                        } else {
                            c.updateOne(s, filter, pipeline, options);
                        }
                    } else if (s == null) {
                        c.updateMany(filter, pipeline, options);
                    } else {
                        c.updateMany(s, filter, pipeline, options);
                    }
                } else if (one) {
                    if (s == null) {
                        c.updateOne(filter, update.asDocument(), options);
                    } else {
                        c.updateOne(s, filter, update.asDocument(), options);
                    }
                } else if (s == null) {
                    c.updateMany(filter, update.asDocument(), options);
                } else {
                    c.updateMany(s, filter, update.asDocument(), options);
                }
            }
            case "replaceOne" -> {
                ReplaceOptions options = new ReplaceOptions().upsert(a.getBoolean("upsert", org.bson.BsonBoolean.FALSE).getValue());
                if (s == null) {
                    c.replaceOne(filter, a.getDocument("replacement"), options);
                } else {
                    c.replaceOne(s, filter, a.getDocument("replacement"), options);
                }
            }
            case "deleteOne" -> {
                if (s == null) {
                    c.deleteOne(filter);
                } else {
                    c.deleteOne(s, filter);
                }
            }
            case "deleteMany" -> {
                if (s == null) {
                    c.deleteMany(filter);
                } else {
                    c.deleteMany(s, filter);
                }
            }
            case "findOneAndUpdate" -> {
                FindOneAndUpdateOptions options = new FindOneAndUpdateOptions()
                        .upsert(a.getBoolean("upsert", org.bson.BsonBoolean.FALSE).getValue())
                        .returnDocument(a.getString("returnDocument", new org.bson.BsonString("Before")).getValue()
                                .equals("After") ? ReturnDocument.AFTER : ReturnDocument.BEFORE);
                if (s == null) {
                    c.findOneAndUpdate(filter, a.getDocument("update"), options);
                } else {
                    c.findOneAndUpdate(s, filter, a.getDocument("update"), options);
                }
            }
            case "findOneAndDelete" -> {
                if (s == null) {
                    c.findOneAndDelete(filter);
                } else {
                    c.findOneAndDelete(s, filter);
                }
            }
            case "findOneAndReplace" -> {
                if (s == null) {
                    c.findOneAndReplace(filter, a.getDocument("replacement"));
                } else {
                    c.findOneAndReplace(s, filter, a.getDocument("replacement"));
                }
            }
            default -> throw new IllegalArgumentException("collection operation " + name);
        }
    }

    void runOnDatabase(MongoDatabase database, String name, BsonDocument a) {
        switch (name) {
            case "runCommand" -> {
                if (session == null) {
                    database.runCommand(a.getDocument("command"));
                } else {
                    database.runCommand(session, a.getDocument("command"));
                }
            }
            case "createCollection" -> {
                if (session == null) {
                    database.createCollection(a.getString("collection").getValue());
                } else {
                    database.createCollection(session, a.getString("collection").getValue());
                }
            }
            case "dropCollection" -> {
                if (session == null) {
                    database.getCollection(a.getString("collection").getValue()).drop();
                } else {
                    database.getCollection(a.getString("collection").getValue()).drop(session);
                }
            }
            default -> throw new IllegalArgumentException("database operation " + name);
        }
    }

    private static List<BsonDocument> stages(BsonDocument a) {
        return a.getArray("pipeline").stream().map(BsonValue::asDocument).toList();
    }

    private static WriteModel<BsonDocument> model(BsonDocument request) {
        String kind = request.getFirstKey();
        BsonDocument r = request.getDocument(kind);
        BsonDocument filter = r.getDocument("filter", new BsonDocument());
        boolean upsert = r.getBoolean("upsert", org.bson.BsonBoolean.FALSE).getValue();
        return switch (kind) {
            case "insertOne" -> new InsertOneModel<>(r.getDocument("document"));
            case "updateOne" -> r.get("update").isArray()
                    ? new UpdateOneModel<>(filter, r.getArray("update").stream().map(BsonValue::asDocument).toList(),
                    new UpdateOptions().upsert(upsert))
                    : new UpdateOneModel<>(filter, r.getDocument("update"), new UpdateOptions().upsert(upsert));
            case "updateMany" -> new UpdateManyModel<>(filter, r.getDocument("update"), new UpdateOptions().upsert(upsert));
            case "replaceOne" -> new ReplaceOneModel<>(filter, r.getDocument("replacement"), new ReplaceOptions().upsert(upsert));
            case "deleteOne" -> new DeleteOneModel<>(filter);
            case "deleteMany" -> new DeleteManyModel<>(filter);
            default -> throw new IllegalArgumentException("bulk request " + kind);
        };
    }
}
