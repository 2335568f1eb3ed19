package io.connectmongodb.mapper.internal.query;

import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.model.PropertyModel;

/**
 * Resolves property paths to BSON field paths. Accepted forms: dotted Java names
 * ({@code address.city}), {@code _}-separated method-name segments ({@code Address_City}) and
 * plain camel-case traversal ({@code AddressCity}), where the longest property name that matches
 * a prefix wins at each level. {@code id} resolves to {@code _id} when the id property is named so.
 */
public final class PropertyPaths {
    private final EntityModels models;

    public PropertyPaths(EntityModels models) {
        this.models = models;
    }

    /** Resolves {@code path}; returns null when it names no property. */
    public ResolvedPath resolve(EntityModel<?> root, String path) {
        if (path.contains(".") || path.contains("_")) {
            String[] segments = path.split("[._]");
            EntityModel<?> model = root;
            StringBuilder fieldPath = new StringBuilder();
            PropertyModel property = null;
            for (int i = 0; i < segments.length; i++) {
                if (model == null) {
                    return null;
                }
                property = find(model, segments[i]);
                if (property == null) {
                    return null;
                }
                append(fieldPath, property.fieldName());
                model = i + 1 < segments.length ? embedded(property) : null;
            }
            return new ResolvedPath(path, fieldPath.toString(), property);
        }
        return camelCase(root, path, path, new StringBuilder());
    }

    private ResolvedPath camelCase(EntityModel<?> model, String remaining, String whole, StringBuilder fieldPath) {
        PropertyModel exact = find(model, remaining);
        if (exact != null) {
            StringBuilder done = new StringBuilder(fieldPath);
            append(done, exact.fieldName());
            return new ResolvedPath(whole, done.toString(), exact);
        }
        for (int end = remaining.length() - 1; end > 0; end--) {
            if (!Character.isUpperCase(remaining.charAt(end))) {
                continue;
            }
            PropertyModel head = find(model, remaining.substring(0, end));
            EntityModel<?> next = head == null ? null : embedded(head);
            if (next != null) {
                StringBuilder deeper = new StringBuilder(fieldPath);
                append(deeper, head.fieldName());
                ResolvedPath resolved = camelCase(next, remaining.substring(end), whole, deeper);
                if (resolved != null) {
                    return resolved;
                }
            }
        }
        return null;
    }

    private EntityModel<?> embedded(PropertyModel property) {
        return property.embeddedType() == null || property.reference() != null ? null : models.model(property.embeddedType());
    }

    private static PropertyModel find(EntityModel<?> model, String name) {
        if (name.isEmpty()) {
            return null;
        }
        PropertyModel property = model.property(name);
        if (property == null) {
            property = model.property(Character.toLowerCase(name.charAt(0)) + name.substring(1));
        }
        if (property == null && model.id() != null && (name.equals("id") || name.equals("Id") || name.equals("_id"))) {
            property = model.id();
        }
        return property;
    }

    private static void append(StringBuilder path, String segment) {
        if (path.length() > 0) {
            path.append('.');
        }
        path.append(segment);
    }
}
