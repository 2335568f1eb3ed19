package io.connectmongodb.mapper.internal.model;

import io.connectmongodb.mapper.internal.access.Instantiator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the mapper knows about one class, computed once by {@link EntityAnalyzer}: its
 * collection (null for embedded types), properties, id/version/audit properties, how instances are
 * created, its place in a polymorphic hierarchy and its lifecycle callbacks. Immutable.
 *
 * <p>Classes with a no-argument creator are decoded in place ({@link #newEmptyInstance}). For the
 * others, decoding fills an array indexed by property with the values found, or {@link #MISSING};
 * {@link #instantiate} passes the creator's arguments (absent ones as null/zero/empty) and then
 * sets the other present properties, so defaults from field initialisers survive missing fields.
 */
public final class EntityModel<T> {
    /** Marks a property whose field was not in the document. */
    public static final Object MISSING = new Object();
    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final Class<T> type;
    private final String collectionName;
    private final List<PropertyModel> properties;
    private final Map<String, PropertyModel> byFieldName = new HashMap<>();
    private final Map<String, PropertyModel> byName = new HashMap<>();
    private final PropertyModel id;
    private final PropertyModel version;
    private final PropertyModel createdAt;
    private final PropertyModel updatedAt;
    private final Instantiator instantiator;
    private final int[] creatorProperties;
    private final boolean[] setAfterCreation;
    private final String discriminatorKey;
    private final String discriminatorValue;
    private final Map<String, Class<?>> subtypesByDiscriminator;
    private final Callbacks callbacks;

    /** The lifecycle callbacks of a class. */
    public record Callbacks(LifecycleCallbacks prePersist, LifecycleCallbacks postPersist,
                            LifecycleCallbacks postLoad, LifecycleCallbacks preRemove) {
    }

    EntityModel(Class<T> type, String collectionName, List<PropertyModel> properties, Instantiator instantiator,
                int[] creatorProperties, String discriminatorKey, String discriminatorValue,
                Map<String, Class<?>> subtypesByDiscriminator, Callbacks callbacks) {
        this.type = type;
        this.collectionName = collectionName;
        this.properties = List.copyOf(properties);
        this.instantiator = instantiator;
        this.creatorProperties = creatorProperties;
        this.discriminatorKey = discriminatorKey;
        this.discriminatorValue = discriminatorValue;
        this.subtypesByDiscriminator = Map.copyOf(subtypesByDiscriminator);
        this.callbacks = callbacks;
        this.setAfterCreation = new boolean[properties.size()];
        Arrays.fill(setAfterCreation, true);
        if (creatorProperties != null) {
            for (int index : creatorProperties) {
                setAfterCreation[index] = false;
            }
        }
        PropertyModel idProperty = null;
        PropertyModel versionProperty = null;
        PropertyModel created = null;
        PropertyModel updated = null;
        for (PropertyModel property : properties) {
            byFieldName.put(property.fieldName(), property);
            byName.put(property.name(), property);
            switch (property.role()) {
                case ID -> idProperty = property;
                case VERSION -> versionProperty = property;
                case CREATED_AT -> created = property;
                case UPDATED_AT -> updated = property;
                default -> { }
            }
        }
        this.id = idProperty;
        this.version = versionProperty;
        this.createdAt = created;
        this.updatedAt = updated;
    }

    public Class<T> type() {
        return type;
    }

    /** The collection of a top-level entity, or null for an embedded type. */
    public String collectionName() {
        return collectionName;
    }

    public List<PropertyModel> properties() {
        return properties;
    }

    public PropertyModel propertyByFieldName(String fieldName) {
        return byFieldName.get(fieldName);
    }

    public PropertyModel property(String name) {
        return byName.get(name);
    }

    public PropertyModel id() {
        return id;
    }

    public PropertyModel version() {
        return version;
    }

    public PropertyModel createdAt() {
        return createdAt;
    }

    public PropertyModel updatedAt() {
        return updatedAt;
    }

    /** Whether instances can be created (false for abstract hierarchy roots and interfaces). */
    public boolean isInstantiable() {
        return instantiator != null;
    }

    /** The discriminator field name when the class is part of a polymorphic hierarchy, else null. */
    public String discriminatorKey() {
        return discriminatorKey;
    }

    /** This class's own discriminator value, or null when it is abstract or not polymorphic. */
    public String discriminatorValue() {
        return discriminatorValue;
    }

    /** The concrete classes at or below this one by discriminator value (empty when not polymorphic). */
    public Map<String, Class<?>> subtypesByDiscriminator() {
        return subtypesByDiscriminator;
    }

    public Callbacks callbacks() {
        return callbacks;
    }

    /** A value array for decoding, every slot {@link #MISSING}. */
    public Object[] newValueArray() {
        Object[] values = new Object[properties.size()];
        Arrays.fill(values, MISSING);
        return values;
    }

    /**
     * Whether decoding can create the instance first and then set each field as it is read: a
     * concrete class whose creator takes no arguments (every property then has a setter).
     */
    public boolean createsWithoutArguments() {
        return instantiator != null && creatorProperties.length == 0;
    }

    /** A new instance from the no-argument creator; only when {@link #createsWithoutArguments()}. */
    public T newEmptyInstance() {
        return type.cast(instantiator.newInstance(NO_ARGUMENTS));
    }

    /** Builds an instance from decoded values (see the class comment). */
    public T instantiate(Object[] values) {
        if (instantiator == null) {
            throw new IllegalStateException(type.getName() + " is abstract and cannot be instantiated");
        }
        Object[] arguments = new Object[creatorProperties.length];
        for (int i = 0; i < creatorProperties.length; i++) {
            int index = creatorProperties[i];
            Object value = values[index];
            arguments[i] = value == MISSING || value == null ? properties.get(index).codec().absentValue() : value;
        }
        T entity = type.cast(instantiator.newInstance(arguments));
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (setAfterCreation[i] && value != MISSING) {
                PropertyModel property = properties.get(i);
                property.set(entity, value == null ? property.codec().absentValue() : value);
            }
        }
        return entity;
    }

    /** A copy of {@code entity} with some properties replaced (how records get a generated id or a new version). */
    public T copyWith(T entity, Map<PropertyModel, Object> changes) {
        Object[] values = new Object[properties.size()];
        for (PropertyModel property : properties) {
            values[property.index()] = changes.containsKey(property) ? changes.get(property) : property.get(entity);
        }
        return instantiate(values);
    }

    /** Whether every property changed by {@link #copyWith} could instead be set in place. */
    public boolean canSetInPlace(PropertyModel property) {
        return setAfterCreation[property.index()] && property.isWritable();
    }

    @Override
    public String toString() {
        return "EntityModel{" + type.getName() + (collectionName == null ? "" : " in " + collectionName) + ", " + properties + "}";
    }
}
