package io.connectmongodb.mapper.internal.index;

import io.connectmongodb.mapper.EntityMappingException;
import io.connectmongodb.mapper.annotation.CompoundIndex;
import io.connectmongodb.mapper.annotation.Indexed;
import io.connectmongodb.mapper.annotation.TextIndexed;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.model.PropertyModel;
import io.connectmongodb.mapper.internal.query.PropertyPaths;
import io.connectmongodb.mapper.internal.query.ResolvedPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;

/**
 * The indexes an entity's annotations ask for: one per {@code @Indexed} property, one text index
 * over every {@code @TextIndexed} property (with their weights), and each {@code @CompoundIndex}
 * whose JSON key document names properties, translated to stored field names.
 */
public final class IndexPlanner {
    /** Index keys plus its options (unique, sparse, name, weights). */
    public record IndexPlan(BsonDocument keys, BsonDocument options) {
    }

    private IndexPlanner() {
    }

    public static List<IndexPlan> plan(EntityModels models, EntityModel<?> model) {
        List<IndexPlan> plans = new ArrayList<>();
        BsonDocument textKeys = new BsonDocument();
        BsonDocument weights = new BsonDocument();
        for (PropertyModel property : model.properties()) {
            Indexed indexed = property.annotation(Indexed.class);
            if (indexed != null) {
                BsonDocument options = new BsonDocument();
                if (indexed.unique()) {
                    options.append("unique", BsonBoolean.TRUE);
                }
                if (indexed.sparse()) {
                    options.append("sparse", BsonBoolean.TRUE);
                }
                if (!indexed.name().isEmpty()) {
                    options.append("name", new BsonString(indexed.name()));
                }
                plans.add(new IndexPlan(new BsonDocument(property.fieldName(), new BsonInt32(indexed.descending() ? -1 : 1)), options));
            }
            TextIndexed text = property.annotation(TextIndexed.class);
            if (text != null) {
                textKeys.append(property.fieldName(), new BsonString("text"));
                weights.append(property.fieldName(), new BsonInt32(text.weight()));
            }
        }
        if (!textKeys.isEmpty()) {
            plans.add(new IndexPlan(textKeys, new BsonDocument("weights", weights)));
        }
        PropertyPaths paths = new PropertyPaths(models);
        for (CompoundIndex compound : model.type().getAnnotationsByType(CompoundIndex.class)) {
            BsonDocument declared;
            try {
                declared = BsonDocument.parse(compound.keys());
            } catch (JsonParseException e) {
                throw new EntityMappingException("@CompoundIndex of " + model.type().getName() + " has invalid keys " + compound.keys(), e);
            }
            BsonDocument keys = new BsonDocument();
            for (Map.Entry<String, BsonValue> key : declared.entrySet()) {
                ResolvedPath path = paths.resolve(model, key.getKey());
                if (path == null) {
                    throw new EntityMappingException("@CompoundIndex of " + model.type().getName() + " names '" + key.getKey()
                            + "', which is not a property");
                }
                keys.append(path.fieldPath(), key.getValue());
            }
            BsonDocument options = new BsonDocument();
            if (compound.unique()) {
                options.append("unique", BsonBoolean.TRUE);
            }
            if (compound.sparse()) {
                options.append("sparse", BsonBoolean.TRUE);
            }
            if (!compound.name().isEmpty()) {
                options.append("name", new BsonString(compound.name()));
            }
            plans.add(new IndexPlan(keys, options));
        }
        return plans;
    }
}
