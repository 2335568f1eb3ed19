package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.internal.operation.IndexNames;
import io.connectmongodb.driver.model.IndexModel;
import io.connectmongodb.driver.model.IndexOptions;
import java.util.concurrent.TimeUnit;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;

/**
 * Builds one {@code createIndexes} index specification from an {@link IndexModel}: {@code key},
 * {@code name} (the given one or the default derived from the keys), then only the options that
 * were set, so the server applies its own defaults for the rest.
 */
final class IndexSpecs {
    private IndexSpecs() {
    }

    static BsonDocument specification(IndexModel model, ArgumentEncoder encoder) {
        BsonDocument keys = encoder.required("index keys", model.getKeys());
        IndexOptions options = model.getOptions();
        String name = options.getName() != null ? options.getName() : IndexNames.defaultName(keys);
        BsonDocument spec = new BsonDocument("key", keys).append("name", new BsonString(name));
        if (options.isUnique()) {
            spec.append("unique", BsonBoolean.TRUE);
        }
        if (options.isSparse()) {
            spec.append("sparse", BsonBoolean.TRUE);
        }
        if (options.isBackground()) {
            spec.append("background", BsonBoolean.TRUE);
        }
        if (options.isHidden()) {
            spec.append("hidden", BsonBoolean.TRUE);
        }
        Long expireAfter = options.getExpireAfter(TimeUnit.SECONDS);
        if (expireAfter != null) {
            spec.append("expireAfterSeconds", new BsonInt64(expireAfter));
        }
        putIfSet(spec, "partialFilterExpression", encoder.optional("partialFilterExpression", options.getPartialFilterExpression()));
        putIfSet(spec, "collation", ArgumentEncoder.collation(options.getCollation()));
        putIfSet(spec, "weights", encoder.optional("weights", options.getWeights()));
        if (options.getDefaultLanguage() != null) {
            spec.append("default_language", new BsonString(options.getDefaultLanguage()));
        }
        if (options.getLanguageOverride() != null) {
            spec.append("language_override", new BsonString(options.getLanguageOverride()));
        }
        if (options.getTextVersion() != null) {
            spec.append("textIndexVersion", new BsonInt32(options.getTextVersion()));
        }
        if (options.getSphereVersion() != null) {
            spec.append("2dsphereIndexVersion", new BsonInt32(options.getSphereVersion()));
        }
        if (options.getBits() != null) {
            spec.append("bits", new BsonInt32(options.getBits()));
        }
        if (options.getMin() != null) {
            spec.append("min", new BsonDouble(options.getMin()));
        }
        if (options.getMax() != null) {
            spec.append("max", new BsonDouble(options.getMax()));
        }
        putIfSet(spec, "wildcardProjection", encoder.optional("wildcardProjection", options.getWildcardProjection()));
        if (options.getVersion() != null) {
            spec.append("v", new BsonInt32(options.getVersion()));
        }
        putIfSet(spec, "storageEngine", encoder.optional("storageEngine", options.getStorageEngine()));
        return spec;
    }

    private static void putIfSet(BsonDocument spec, String name, BsonDocument value) {
        if (value != null) {
            spec.append(name, value);
        }
    }
}
