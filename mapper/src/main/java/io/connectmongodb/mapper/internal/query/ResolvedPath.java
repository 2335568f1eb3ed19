package io.connectmongodb.mapper.internal.query;

import io.connectmongodb.mapper.internal.model.PropertyModel;

/** A property path resolved against an entity: the dotted BSON field path and the last property on it. */
public record ResolvedPath(String javaPath, String fieldPath, PropertyModel leaf) {

    /** Whether the leaf holds many values (collection or array other than byte[]), so equality means "contains". */
    public boolean isMultiValued() {
        Class<?> type = leaf.rawType();
        return java.util.Collection.class.isAssignableFrom(type) || (type.isArray() && type != byte[].class);
    }

    public boolean isString() {
        return leaf.rawType() == String.class || leaf.rawType() == char.class || leaf.rawType() == Character.class;
    }
}
