package io.connectmongodb.mapper.internal.codec;

import io.connectmongodb.mapper.internal.model.EntityModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.BsonWriter;

/**
 * An entity to be stored, seen as a {@link BsonDocument} whose fields are built only if someone
 * reads them.
 *
 * <p>The document store hands it to a driver collection whose codec ({@code store.EntityDocumentCodec})
 * writes the entity with its generated codec straight into the driver's binary writer, instead of
 * first building a {@code BsonDocument} tree that the driver then encodes. It is used only where
 * that yields the very bytes the tree would ({@link #writesAsTree}). Read as a map (by a test
 * double, or for a message), it is the tree the entity codec writes, built once on first access;
 * every map method goes to that tree.
 */
public final class EntityDocument extends BsonDocument {
    private static final long serialVersionUID = 1L;

    private final transient EntityCodec<?> codec;
    private final transient Object entity;
    private transient BsonDocument tree;

    EntityDocument(EntityCodec<?> codec, Object entity) {
        this.codec = codec;
        this.entity = entity;
    }

    /** Writes the entity as the current document of {@code writer}. */
    public void writeTo(BsonWriter writer) {
        codec.writeEntity(writer, entity);
    }

    /** The documents as entity documents when every one of them is one (and there is one at least), else null. */
    public static List<EntityDocument> allOf(List<BsonDocument> documents) {
        List<EntityDocument> entities = new ArrayList<>(documents.size());
        for (BsonDocument document : documents) {
            if (!(document instanceof EntityDocument entityDocument)) {
                return null;
            }
            entities.add(entityDocument);
        }
        return entities.isEmpty() ? null : entities;
    }

    /**
     * Whether the entity codec writes the same bytes as the driver's {@code BsonDocumentCodec}
     * writes for the tree: that codec moves {@code _id} to the front of a stored document, so the
     * id must already be the first field (no discriminator before it, id declared first or absent).
     */
    static boolean writesAsTree(EntityCodec<?> codec, Object entity) {
        EntityModel<?> model = codec.model();
        return entity.getClass() == model.type() && model.discriminatorValue() == null
                && (model.id() == null || model.id().index() == 0);
    }

    private BsonDocument tree() {
        if (tree == null) {
            tree = BsonValues.document(codec, entity);
        }
        return tree;
    }

    @Override
    public int size() {
        return tree().size();
    }

    @Override
    public boolean isEmpty() {
        return tree().isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return tree().containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return tree().containsValue(value);
    }

    @Override
    public BsonValue get(Object key) {
        return tree().get(key);
    }

    @Override
    public BsonValue put(String key, BsonValue value) {
        return tree().put(key, value);
    }

    @Override
    public BsonValue remove(Object key) {
        return tree().remove(key);
    }

    @Override
    public void putAll(Map<? extends String, ? extends BsonValue> map) {
        tree().putAll(map);
    }

    @Override
    public void clear() {
        tree().clear();
    }

    @Override
    public Set<String> keySet() {
        return tree().keySet();
    }

    @Override
    public Collection<BsonValue> values() {
        return tree().values();
    }

    @Override
    public Set<Map.Entry<String, BsonValue>> entrySet() {
        return tree().entrySet();
    }

    @Override
    public boolean equals(Object other) {
        return tree().equals(other);
    }

    @Override
    public int hashCode() {
        return tree().hashCode();
    }

    @Override
    public String toString() {
        return tree().toString();
    }

    @Override
    public BsonDocument clone() {
        return tree().clone();
    }
}
