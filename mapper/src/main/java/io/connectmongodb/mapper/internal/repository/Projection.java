package io.connectmongodb.mapper.internal.repository;

import io.connectmongodb.mapper.RepositoryDefinitionException;
import io.connectmongodb.mapper.internal.access.AccessorGenerator;
import io.connectmongodb.mapper.internal.access.Instantiator;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.PropertyModel;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonInt32;
import org.bson.BsonType;

/**
 * A result type that is not the entity: a record (or DTO record) whose components, or an
 * interface whose getters, are named after entity properties. Only those fields are fetched
 * (the projection document), and each is decoded with the entity property's own codec. Records
 * are built through a generated call of their canonical constructor; interfaces through a JDK
 * proxy over the decoded values.
 */
final class Projection {
    private final Class<?> type;
    private final List<PropertyModel> properties;
    private final List<String> names;
    private final Instantiator instantiator;

    private Projection(Class<?> type, List<PropertyModel> properties, List<String> names, Instantiator instantiator) {
        this.type = type;
        this.properties = properties;
        this.names = names;
        this.instantiator = instantiator;
    }

    static Projection of(Class<?> type, EntityModel<?> model, AccessorGenerator generator, String method) {
        List<PropertyModel> properties = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Instantiator instantiator = null;
        if (type.isRecord()) {
            Class<?>[] componentTypes = new Class<?>[type.getRecordComponents().length];
            int i = 0;
            for (RecordComponent component : type.getRecordComponents()) {
                properties.add(property(model, component.getName(), component.getType(), type, method));
                names.add(component.getName());
                componentTypes[i++] = component.getType();
            }
            try {
                instantiator = generator.instantiator(type.getDeclaredConstructor(componentTypes));
            } catch (NoSuchMethodException e) {
                throw new RepositoryDefinitionException(method + ": record " + type.getName() + " has no canonical constructor", e);
            }
        } else if (type.isInterface()) {
            for (Method getter : type.getMethods()) {
                if (getter.isDefault() || Modifier.isStatic(getter.getModifiers())) {
                    continue;
                }
                if (getter.getParameterCount() != 0) {
                    throw new RepositoryDefinitionException(method + ": projection interface " + type.getName()
                            + " may only declare getters, but " + getter.getName() + " has parameters");
                }
                String name = getter.getName();
                if (name.startsWith("get") && name.length() > 3) {
                    name = Character.toLowerCase(name.charAt(3)) + name.substring(4);
                }
                properties.add(property(model, name, getter.getReturnType(), type, method));
                names.add(getter.getName());
            }
        } else {
            throw new RepositoryDefinitionException(method + ": result type " + type.getName()
                    + " is neither the entity nor a record or interface projection of it");
        }
        return new Projection(type, List.copyOf(properties), List.copyOf(names), instantiator);
    }

    /** Fetch only the projected fields (and no _id unless projected). */
    BsonDocument fields() {
        BsonDocument fields = new BsonDocument();
        for (PropertyModel property : properties) {
            fields.append(property.fieldName(), new BsonInt32(1));
        }
        if (!fields.containsKey("_id")) {
            fields.append("_id", new BsonInt32(0));
        }
        return fields;
    }

    Object read(BsonDocument document) {
        Object[] values = new Object[properties.size()];
        for (int i = 0; i < values.length; i++) {
            PropertyModel property = properties.get(i);
            values[i] = property.codec().absentValue();
            if (document.containsKey(property.fieldName()) && !document.isNull(property.fieldName())) {
                BsonDocumentReader reader = new BsonDocumentReader(new BsonDocument("v", document.get(property.fieldName())));
                reader.readStartDocument();
                if (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                    reader.readName();
                    values[i] = property.codec().read(reader);
                }
            }
        }
        if (instantiator != null) {
            return instantiator.newInstance(values);
        }
        Map<String, Object> byGetter = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            byGetter.put(names.get(i), values[i]);
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, called, args) -> {
            switch (called.getName()) {
                case "toString":
                    return type.getSimpleName() + byGetter;
                case "hashCode":
                    return byGetter.hashCode();
                case "equals":
                    return proxy == args[0];
                default:
                    return byGetter.get(called.getName());
            }
        });
    }

    private static PropertyModel property(EntityModel<?> model, String name, Class<?> expected, Class<?> type, String method) {
        PropertyModel property = model.property(name);
        if (property == null && name.equals("id")) {
            property = model.id();
        }
        if (property == null) {
            throw new RepositoryDefinitionException(method + ": projection " + type.getSimpleName() + "." + name
                    + " matches no property of " + model.type().getSimpleName());
        }
        Class<?> actual = property.rawType();
        if (!wrap(expected).isAssignableFrom(wrap(actual))) {
            throw new RepositoryDefinitionException(method + ": projection " + type.getSimpleName() + "." + name + " has type "
                    + expected.getSimpleName() + " but the property is " + actual.getSimpleName());
        }
        return property;
    }

    private static Class<?> wrap(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }
}
