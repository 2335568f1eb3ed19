package io.connectmongodb.mapper.internal.model;

import io.connectmongodb.mapper.EntityMappingException;
import io.connectmongodb.mapper.annotation.CreatedAt;
import io.connectmongodb.mapper.annotation.Field;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.annotation.PostLoad;
import io.connectmongodb.mapper.annotation.PostPersist;
import io.connectmongodb.mapper.annotation.PrePersist;
import io.connectmongodb.mapper.annotation.PreRemove;
import io.connectmongodb.mapper.annotation.Reference;
import io.connectmongodb.mapper.annotation.UpdatedAt;
import io.connectmongodb.mapper.annotation.Version;
import io.connectmongodb.mapper.internal.access.AccessorGenerator;
import io.connectmongodb.mapper.internal.access.Instantiator;
import io.connectmongodb.mapper.internal.codec.ValueCodec;

import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.bson.types.ObjectId;

/**
 * Turns a class into its {@link EntityModel}, checking everything that can be checked without a
 * document: id count and type, supported property types, unique field names, a usable creator
 * whose parameters all match properties, setters for everything else, version and audit types,
 * and the polymorphic hierarchy. Every failure is an {@link EntityMappingException} naming the
 * class and the property.
 */
final class EntityAnalyzer {
    private static final Set<Class<?>> ID_TYPES = Set.of(ObjectId.class, String.class, Long.class, long.class, UUID.class);
    private static final Set<Class<?>> VERSION_TYPES = Set.of(int.class, Integer.class, long.class, Long.class);
    private static final Set<Class<?>> TIMESTAMP_TYPES = Set.of(Instant.class, LocalDateTime.class, Date.class);

    private final EntityModels models;
    private final AccessorGenerator generator;

    EntityAnalyzer(EntityModels models, AccessorGenerator generator) {
        this.models = models;
        this.generator = generator;
    }

    <T> EntityModel<T> analyze(Class<T> type, Consumer<Class<?>> embeddedFound) {
        checkMappable(type);
        boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
        String collection = Hierarchy.collectionName(type);
        Class<?> root = Hierarchy.root(type);
        String discriminatorKey = root == null ? null : Hierarchy.discriminatorKey(root);
        String discriminatorValue = root != null && concrete ? Hierarchy.discriminatorValue(type) : null;
        Map<String, Class<?>> subtypes = subtypes(type, root, concrete, embeddedFound);
        if (!concrete && root == null) {
            throw new EntityMappingException(type.getName() + " is abstract or an interface: declare its subtypes with "
                    + "@Subtypes or make it sealed");
        }

        List<PropertyCandidate> candidates = type.isInterface() ? List.of() : PropertyScanner.scan(type);
        TypeMapping mapping = new TypeMapping(models, embeddedFound);
        List<PropertyModel> properties = new ArrayList<>();
        Map<String, Integer> byName = new HashMap<>();
        Map<String, Integer> byFieldName = new LinkedHashMap<>();
        String idName = null;
        for (PropertyCandidate candidate : candidates) {
            String where = "property '" + candidate.name() + "' of " + type.getName();
            PropertyRole role = role(candidate, where);
            if (role == PropertyRole.ID) {
                if (idName != null) {
                    throw new EntityMappingException(type.getName() + " has two @Id properties: '" + idName + "' and '"
                            + candidate.name() + "'");
                }
                idName = candidate.name();
            }
            String fieldName = fieldName(candidate, role, where);
            if (fieldName.equals(discriminatorKey)) {
                throw new EntityMappingException(where + " is stored in field '" + fieldName
                        + "', which is the discriminator field of its hierarchy");
            }
            Integer clash = byFieldName.get(fieldName);
            if (clash != null) {
                throw new EntityMappingException("properties '" + properties.get(clash).name() + "' and '" + candidate.name()
                        + "' of " + type.getName() + " are both stored in field '" + fieldName + "'");
            }
            Reference reference = candidate.get(Reference.class);
            ValueCodec codec = mapping.codecFor(candidate.genericType(), reference, where);
            Class<?> element = TypeMapping.elementClass(candidate.genericType());
            Class<?> embedded = element != null && TypeMapping.isEmbeddable(element) ? element : null;
            ReferenceInfo referenceInfo = reference == null ? null : new ReferenceInfo(element,
                    candidate.rawType() != element, reference.lazy());
            int index = properties.size();
            properties.add(new PropertyModel(index, candidate.name(), fieldName, candidate.rawType(), candidate.genericType(),
                    codec, generator.getter(candidate.getter()),
                    candidate.setter() == null ? null : generator.setter(candidate.setter()),
                    candidate.getter(), candidate.setter(), role, embedded, referenceInfo, candidate.annotations()));
            byName.put(candidate.name(), index);
            byFieldName.put(fieldName, index);
        }
        if (collection != null && concrete && idName == null) {
            throw new EntityMappingException(type.getName() + " is an entity (collection '" + collection
                    + "') but has no @Id property");
        }
        Instantiator instantiator = null;
        int[] creatorProperties = null;
        if (concrete) {
            Executable creator = CreatorResolver.find(type);
            creatorProperties = CreatorResolver.parameterProperties(type, creator, byName, byFieldName);
            checkCreatorTypes(type, creator, creatorProperties, properties);
            checkSettable(type, creatorProperties, properties);
            instantiator = generator.instantiator(creator);
        }
        EntityModel.Callbacks callbacks = new EntityModel.Callbacks(
                LifecycleCallbacks.find(type, PrePersist.class), LifecycleCallbacks.find(type, PostPersist.class),
                LifecycleCallbacks.find(type, PostLoad.class), LifecycleCallbacks.find(type, PreRemove.class));
        return new EntityModel<>(type, collection, properties, instantiator, creatorProperties, discriminatorKey,
                discriminatorValue, subtypes, callbacks);
    }

    private static void checkMappable(Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.isEnum() || !TypeMapping.isEmbeddable(type)) {
            throw new EntityMappingException(type.getName() + " cannot be mapped as an entity: it is a value type");
        }
        if (type.isAnonymousClass() || type.isLocalClass()) {
            throw new EntityMappingException(type.getName() + " cannot be mapped: anonymous and local classes are not supported");
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) && !type.isInterface() && !type.isRecord()) {
            throw new EntityMappingException(type.getName() + " cannot be mapped: inner classes need an outer instance; make it static");
        }
        if (type.getTypeParameters().length > 0) {
            throw new EntityMappingException(type.getName() + " cannot be mapped: generic entity classes are not supported");
        }
    }

    private static Map<String, Class<?>> subtypes(Class<?> type, Class<?> root, boolean concrete,
                                                  Consumer<Class<?>> embeddedFound) {
        Map<String, Class<?>> result = new LinkedHashMap<>();
        if (root == null) {
            return result;
        }
        for (Class<?> subtype : Hierarchy.concreteSubtypes(type)) {
            String value = Hierarchy.discriminatorValue(subtype);
            Class<?> previous = result.put(value, subtype);
            if (previous != null) {
                throw new EntityMappingException(previous.getName() + " and " + subtype.getName()
                        + " have the same discriminator value '" + value + "'");
            }
            if (subtype != type) {
                embeddedFound.accept(subtype);
            }
        }
        if (concrete && result.size() == 1) {
            result.clear();
        }
        return result;
    }

    private static PropertyRole role(PropertyCandidate candidate, String where) {
        List<PropertyRole> roles = new ArrayList<>();
        if (candidate.has(Id.class)) {
            check(candidate, ID_TYPES, where, "@Id", "ObjectId, String, Long/long or UUID");
            roles.add(PropertyRole.ID);
        }
        if (candidate.has(Version.class)) {
            check(candidate, VERSION_TYPES, where, "@Version", "int, long or their boxes");
            roles.add(PropertyRole.VERSION);
        }
        if (candidate.has(CreatedAt.class)) {
            check(candidate, TIMESTAMP_TYPES, where, "@CreatedAt", "Instant, LocalDateTime or Date");
            roles.add(PropertyRole.CREATED_AT);
        }
        if (candidate.has(UpdatedAt.class)) {
            check(candidate, TIMESTAMP_TYPES, where, "@UpdatedAt", "Instant, LocalDateTime or Date");
            roles.add(PropertyRole.UPDATED_AT);
        }
        if (roles.size() > 1) {
            throw new EntityMappingException(where + " has conflicting annotations " + roles);
        }
        if (!roles.isEmpty() && candidate.has(Reference.class)) {
            throw new EntityMappingException(where + " cannot be both " + roles.get(0) + " and a @Reference");
        }
        return roles.isEmpty() ? PropertyRole.DATA : roles.get(0);
    }

    private static void check(PropertyCandidate candidate, Set<Class<?>> allowed, String where, String annotation,
                              String expected) {
        if (!allowed.contains(candidate.rawType())) {
            throw new EntityMappingException(annotation + " " + where + " has unsupported type "
                    + candidate.rawType().getName() + "; expected " + expected);
        }
    }

    private static String fieldName(PropertyCandidate candidate, PropertyRole role, String where) {
        Field field = candidate.get(Field.class);
        if (role == PropertyRole.ID) {
            if (field != null && !field.value().equals("_id")) {
                throw new EntityMappingException("@Id " + where + " is always stored in _id; remove @Field(\""
                        + field.value() + "\")");
            }
            return "_id";
        }
        String name = field == null ? candidate.name() : field.value();
        if (name.isEmpty() || name.startsWith("$") || name.contains(".") || name.indexOf('\0') >= 0) {
            throw new EntityMappingException(where + " has invalid field name '" + name
                    + "': it must be non-empty, not start with $ and contain no dot");
        }
        if (name.equals("_id")) {
            throw new EntityMappingException(where + " is stored in _id but is not annotated @Id");
        }
        return name;
    }

    private static void checkCreatorTypes(Class<?> type, Executable creator, int[] creatorProperties,
                                          List<PropertyModel> properties) {
        Class<?>[] parameterTypes = creator.getParameterTypes();
        for (int i = 0; i < parameterTypes.length; i++) {
            PropertyModel property = properties.get(creatorProperties[i]);
            if (!box(parameterTypes[i]).isAssignableFrom(box(property.rawType()))) {
                throw new EntityMappingException("parameter " + i + " of the creator of " + type.getName() + " has type "
                        + parameterTypes[i].getName() + " but receives property '" + property.name() + "' of type "
                        + property.rawType().getName());
            }
        }
    }

    private static void checkSettable(Class<?> type, int[] creatorProperties, List<PropertyModel> properties) {
        boolean[] byCreator = new boolean[properties.size()];
        for (int index : creatorProperties) {
            byCreator[index] = true;
        }
        for (PropertyModel property : properties) {
            if (!byCreator[property.index()] && !property.isWritable()) {
                throw new EntityMappingException("property '" + property.name() + "' of " + type.getName()
                        + " cannot be set: it is final, has no setter and is not a creator parameter");
            }
        }
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
