package io.connectmongodb.mapper.internal.model;

import io.connectmongodb.mapper.internal.access.PropertyGetter;
import io.connectmongodb.mapper.internal.access.PropertySetter;
import io.connectmongodb.mapper.internal.codec.ValueCodec;

import java.lang.annotation.Annotation;
import java.lang.reflect.Member;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * One mapped property of an entity: its Java name, the BSON field it is stored in, its codec and
 * its generated accessors. Immutable.
 */
public final class PropertyModel {
    private final int index;
    private final String name;
    private final String fieldName;
    private final Class<?> rawType;
    private final Type genericType;
    private final ValueCodec codec;
    private final PropertyGetter getter;
    private final PropertySetter setter;
    private final Member getterMember;
    private final Member setterMember;
    private final PropertyRole role;
    private final Class<?> embeddedType;
    private final ReferenceInfo reference;
    private final Map<Class<? extends Annotation>, Annotation> annotations;

    PropertyModel(int index, String name, String fieldName, Class<?> rawType, Type genericType, ValueCodec codec,
                  PropertyGetter getter, PropertySetter setter, Member getterMember, Member setterMember,
                  PropertyRole role, Class<?> embeddedType,
                  ReferenceInfo reference, Map<Class<? extends Annotation>, Annotation> annotations) {
        this.index = index;
        this.name = name;
        this.fieldName = fieldName;
        this.rawType = rawType;
        this.genericType = genericType;
        this.codec = codec;
        this.getter = getter;
        this.setter = setter;
        this.getterMember = getterMember;
        this.setterMember = setterMember;
        this.role = role;
        this.embeddedType = embeddedType;
        this.reference = reference;
        this.annotations = Map.copyOf(annotations);
    }

    /** Position of this property in the entity's property list and in decoded value arrays. */
    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public String fieldName() {
        return fieldName;
    }

    public Class<?> rawType() {
        return rawType;
    }

    public Type genericType() {
        return genericType;
    }

    public ValueCodec codec() {
        return codec;
    }

    public Object get(Object entity) {
        return getter.get(entity);
    }

    /** Whether the property can be set after construction (it has a setter or a writable field). */
    public boolean isWritable() {
        return setter != null;
    }

    public void set(Object entity, Object value) {
        if (setter == null) {
            throw new IllegalStateException("property " + name + " has no setter");
        }
        setter.set(entity, value);
    }

    /** The field or getter method the value is read from (for generated codecs). */
    public Member getterMember() {
        return getterMember;
    }

    /** The field or setter method the value is written to, or null when only a creator sets it. */
    public Member setterMember() {
        return setterMember;
    }

    public PropertyRole role() {
        return role;
    }

    /** The entity type stored inside this property (directly or as collection elements), or null. */
    public Class<?> embeddedType() {
        return embeddedType;
    }

    /** Reference details when the property is annotated {@code @Reference}, else null. */
    public ReferenceInfo reference() {
        return reference;
    }

    @SuppressWarnings("unchecked")
    public <A extends Annotation> A annotation(Class<A> type) {
        return (A) annotations.get(type);
    }

    @Override
    public String toString() {
        return name + (name.equals(fieldName) ? "" : " (" + fieldName + ")");
    }
}
