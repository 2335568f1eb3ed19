package io.connectmongodb.mapper.internal.codec;

import io.connectmongodb.mapper.EntityMappingException;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.PropertyModel;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.Removal;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.assign.TypeCasting;
import net.bytebuddy.implementation.bytecode.collection.ArrayAccess;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;
import net.bytebuddy.implementation.bytecode.constant.TextConstant;
import net.bytebuddy.implementation.bytecode.member.FieldAccess;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.implementation.bytecode.member.MethodReturn;
import net.bytebuddy.implementation.bytecode.member.MethodVariableAccess;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.matcher.ElementMatchers;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.io.BsonInput;
import org.bson.types.ObjectId;

/**
 * Generates, with ByteBuddy, the hot path of one entity class's codec as straight-line bytecode.
 *
 * <p>The {@link PropertiesWriter} is one method that, property after property, reads the field or
 * calls the getter directly and hands the value to the matching typed {@link BsonWriter} call
 * (primitives unboxed, the field name a constant), or to {@link FieldWrites} for the null check of
 * String, ObjectId and boxed numbers. The {@link PropertyReader} is one {@code tableswitch} on the
 * property index whose cases read the BSON value with its typed call and store it with a direct
 * field write or setter call. Properties of other types, or whose members are private or not
 * reachable from the entity's package, take the general path through the property's accessor and
 * codec in the same generated method. So a document costs no reflection, no map lookup, no boxing
 * of scalars and no megamorphic codec call per scalar field.
 *
 * <p>The classes are defined in the entity's package (like the accessors) so package-private
 * members are reachable; stack map frames are computed by ASM because the switch branches.
 */
final class StraightLineCodecGenerator {
    /** Local variable slots of the generated methods' parameters (slot 0 is {@code this}). */
    private static final int WRITER_PROPERTIES = 3;
    private static final int READER_INDEX = 3;
    private static final int READER_PROPERTIES = 4;
    private static final int RAW_READER_INDEX = 3;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final ByteBuddy BYTE_BUDDY = new ByteBuddy();
    private static final Map<Class<?>, String> WRITER_CALLS = Map.of(int.class, "writeInt32", long.class, "writeInt64",
            double.class, "writeDouble", boolean.class, "writeBoolean");
    private static final Map<Class<?>, Class<?>> NULL_CHECKED_WRITES = Map.of(String.class, String.class,
            ObjectId.class, ObjectId.class, Integer.class, Integer.class, Long.class, Long.class,
            Double.class, Double.class, Boolean.class, Boolean.class);
    private static final Map<Class<?>, String> FIELD_WRITES = Map.of(String.class, "writeString",
            ObjectId.class, "writeObjectId", Integer.class, "writeInt32", Long.class, "writeInt64",
            Double.class, "writeDouble", Boolean.class, "writeBoolean");

    private StraightLineCodecGenerator() {
    }

    static PropertiesWriter writer(EntityModel<?> model) {
        Class<?> owner = model.type();
        List<StackManipulation> code = new ArrayList<>();
        List<PropertyModel> properties = model.properties();
        for (PropertyModel property : properties) {
            code.add(writeStep(owner, property));
        }
        code.add(MethodReturn.VOID);
        return define(owner, "Writer", PropertiesWriter.class, "write",
                new StackManipulation.Compound(code));
    }

    static PropertyReader reader(EntityModel<?> model) {
        Class<?> owner = model.type();
        List<StackManipulation> cases = new ArrayList<>();
        for (PropertyModel property : model.properties()) {
            cases.add(readStep(owner, property));
        }
        return define(owner, "Reader", PropertyReader.class, "read", new IndexSwitch(READER_INDEX, cases));
    }

    /**
     * The {@link RawPropertyReader} of the class: one {@code tableswitch} on the property index
     * whose case reads the value with the matching {@link BsonInput} call and stores it with a
     * direct field write or setter call; properties without a {@link #rawBsonType} have an empty case.
     */
    static RawPropertyReader rawReader(EntityModel<?> model) {
        Class<?> owner = model.type();
        List<StackManipulation> cases = new ArrayList<>();
        for (PropertyModel property : model.properties()) {
            BsonType type = rawBsonType(owner, property);
            cases.add(type == null ? StackManipulation.Trivial.INSTANCE : rawReadStep(owner, property, type));
        }
        return define(owner, "RawReader", RawPropertyReader.class, "read", new IndexSwitch(RAW_READER_INDEX, cases));
    }

    /**
     * The one BSON type whose value the raw reader can store in the property exactly as the reader
     * path would (no conversion, no codec), or null when the property always takes the reader path.
     */
    static BsonType rawBsonType(Class<?> owner, PropertyModel property) {
        Member setter = property.setterMember();
        if (setter == null || !reachable(owner, setter) || !isScalar(property)) {
            return null;
        }
        Class<?> type = setterType(setter);
        if (type == String.class) {
            return BsonType.STRING;
        }
        if (type == int.class || type == Integer.class) {
            return BsonType.INT32;
        }
        if (type == long.class || type == Long.class) {
            return BsonType.INT64;
        }
        if (type == double.class || type == Double.class) {
            return BsonType.DOUBLE;
        }
        return type == ObjectId.class ? BsonType.OBJECT_ID : null;
    }

    private static StackManipulation rawReadStep(Class<?> owner, PropertyModel property, BsonType bsonType) {
        Member setter = property.setterMember();
        Class<?> type = setterType(setter);
        StackManipulation read = switch (bsonType) {
            case STRING -> readAs(invoke(BsonInput.class, "readString"), String.class, type);
            case INT32 -> readAs(invoke(BsonInput.class, "readInt32"), int.class, type);
            case INT64 -> readAs(invoke(BsonInput.class, "readInt64"), long.class, type);
            case DOUBLE -> readAs(invoke(BsonInput.class, "readDouble"), double.class, type);
            default -> readAs(invoke(BsonInput.class, "readObjectId"), ObjectId.class, type);
        };
        return new StackManipulation.Compound(MethodVariableAccess.REFERENCE.loadFrom(2),
                TypeCasting.to(TypeDescription.ForLoadedType.of(owner)), MethodVariableAccess.REFERENCE.loadFrom(1),
                read, write(setter));
    }

    private static StackManipulation readAs(StackManipulation read, Class<?> readType, Class<?> targetType) {
        return new StackManipulation.Compound(read,
                Assigner.DEFAULT.assign(generic(readType), generic(targetType), Assigner.Typing.STATIC));
    }

    private static StackManipulation writeStep(Class<?> owner, PropertyModel property) {
        Member getter = property.getterMember();
        Class<?> type = valueType(getter);
        if (!reachable(owner, getter) || !isScalar(property) || type != property.rawType()) {
            return new StackManipulation.Compound(MethodVariableAccess.REFERENCE.loadFrom(1),
                    propertyAt(WRITER_PROPERTIES, property), MethodVariableAccess.REFERENCE.loadFrom(2),
                    invoke(FieldWrites.class, "writeProperty", BsonWriter.class, PropertyModel.class, Object.class));
        }
        StackManipulation load = new StackManipulation.Compound(MethodVariableAccess.REFERENCE.loadFrom(1),
                new TextConstant(property.fieldName()), MethodVariableAccess.REFERENCE.loadFrom(2),
                TypeCasting.to(TypeDescription.ForLoadedType.of(owner)), read(getter));
        if (WRITER_CALLS.containsKey(type)) {
            return new StackManipulation.Compound(load, invoke(BsonWriter.class, WRITER_CALLS.get(type), String.class, type));
        }
        return new StackManipulation.Compound(load, invoke(FieldWrites.class, FIELD_WRITES.get(type),
                BsonWriter.class, String.class, NULL_CHECKED_WRITES.get(type)));
    }

    private static StackManipulation readStep(Class<?> owner, PropertyModel property) {
        Member setter = property.setterMember();
        if (setter == null || !reachable(owner, setter)) {
            return new StackManipulation.Compound(MethodVariableAccess.REFERENCE.loadFrom(1),
                    MethodVariableAccess.REFERENCE.loadFrom(2), propertyAt(READER_PROPERTIES, property),
                    invoke(FieldReads.class, "readProperty", BsonReader.class, Object.class, PropertyModel.class));
        }
        Class<?> type = setterType(setter);
        StackManipulation value = isScalar(property) ? typedRead(type) : null;
        if (value == null) {
            value = new StackManipulation.Compound(MethodVariableAccess.REFERENCE.loadFrom(1),
                    propertyAt(READER_PROPERTIES, property),
                    invoke(FieldReads.class, "readValue", BsonReader.class, PropertyModel.class),
                    Assigner.DEFAULT.assign(generic(Object.class), generic(type), Assigner.Typing.DYNAMIC));
        }
        return new StackManipulation.Compound(MethodVariableAccess.REFERENCE.loadFrom(2),
                TypeCasting.to(TypeDescription.ForLoadedType.of(owner)), value, write(setter));
    }

    /** Reads the current value as {@code type} without a codec call (boxing only for boxed targets), or null. */
    private static StackManipulation typedRead(Class<?> type) {
        StackManipulation reader = MethodVariableAccess.REFERENCE.loadFrom(1);
        if (type == int.class || type == Integer.class) {
            return readAs(reader, invoke(FieldReads.class, "readInt", BsonReader.class), int.class, type);
        }
        if (type == long.class || type == Long.class) {
            return readAs(reader, invoke(FieldReads.class, "readLong", BsonReader.class), long.class, type);
        }
        if (type == double.class || type == Double.class) {
            return readAs(reader, invoke(FieldReads.class, "readDouble", BsonReader.class), double.class, type);
        }
        if (type == boolean.class || type == Boolean.class) {
            return readAs(reader, invoke(BsonReader.class, "readBoolean"), boolean.class, type);
        }
        if (type == String.class) {
            return readAs(reader, invoke(BsonReader.class, "readString"), String.class, type);
        }
        if (type == ObjectId.class) {
            return readAs(reader, invoke(BsonReader.class, "readObjectId"), ObjectId.class, type);
        }
        return null;
    }

    private static StackManipulation readAs(StackManipulation reader, StackManipulation read, Class<?> readType,
                                            Class<?> targetType) {
        return new StackManipulation.Compound(reader, read,
                Assigner.DEFAULT.assign(generic(readType), generic(targetType), Assigner.Typing.STATIC));
    }

    /** Whether the property uses the plain scalar codec of its own type (no reference, no container). */
    private static boolean isScalar(PropertyModel property) {
        Class<?> type = property.rawType();
        return property.codec() == ScalarCodecs.forClass(type)
                && (WRITER_CALLS.containsKey(type) || NULL_CHECKED_WRITES.containsKey(type));
    }

    /** Whether code in the entity's package can use the member directly. */
    private static boolean reachable(Class<?> owner, Member member) {
        int modifiers = member.getModifiers();
        if (Modifier.isPrivate(modifiers)) {
            return false;
        }
        Class<?> declaring = member.getDeclaringClass();
        boolean samePackage = declaring.getPackageName().equals(owner.getPackageName())
                && declaring.getClassLoader() == owner.getClassLoader();
        return samePackage || (Modifier.isPublic(modifiers) && Modifier.isPublic(declaring.getModifiers()));
    }

    private static Class<?> valueType(Member getter) {
        return getter instanceof Field field ? field.getType() : ((Method) getter).getReturnType();
    }

    private static Class<?> setterType(Member setter) {
        return setter instanceof Field field ? field.getType() : ((Method) setter).getParameterTypes()[0];
    }

    private static StackManipulation read(Member getter) {
        if (getter instanceof Field field) {
            return FieldAccess.forField(new FieldDescription.ForLoadedField(field)).read();
        }
        return MethodInvocation.invoke(new MethodDescription.ForLoadedMethod((Method) getter));
    }

    private static StackManipulation write(Member setter) {
        if (setter instanceof Field field) {
            return FieldAccess.forField(new FieldDescription.ForLoadedField(field)).write();
        }
        Method method = (Method) setter;
        StackManipulation call = MethodInvocation.invoke(new MethodDescription.ForLoadedMethod(method));
        return method.getReturnType() == void.class ? call
                : new StackManipulation.Compound(call, Removal.of(TypeDescription.ForLoadedType.of(method.getReturnType())));
    }

    /** Loads {@code properties[index]} from the array parameter in {@code slot}. */
    private static StackManipulation propertyAt(int slot, PropertyModel property) {
        return new StackManipulation.Compound(MethodVariableAccess.REFERENCE.loadFrom(slot),
                IntegerConstant.forValue(property.index()), ArrayAccess.REFERENCE.load());
    }

    private static StackManipulation invoke(Class<?> type, String name, Class<?>... parameters) {
        try {
            return MethodInvocation.invoke(new MethodDescription.ForLoadedMethod(type.getMethod(name, parameters)));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("missing " + type.getName() + "." + name, e);
        }
    }

    private static TypeDescription.Generic generic(Class<?> type) {
        return TypeDescription.ForLoadedType.of(type).asGenericType();
    }

    private static <A> A define(Class<?> owner, String role, Class<A> contract, String methodName, StackManipulation code) {
        String name = owner.getName() + "$$Cm" + role + "$" + SEQUENCE.incrementAndGet();
        try {
            Class<?> generated = BYTE_BUDDY.subclass(Object.class)
                    .name(name)
                    .implement(contract)
                    .method(ElementMatchers.named(methodName).and(ElementMatchers.isAbstract()))
                    .intercept(new Implementation.Simple(code))
                    .visit(new AsmVisitorWrapper.ForDeclaredMethods().writerFlags(ClassWriter.COMPUTE_FRAMES))
                    .make()
                    .load(owner.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(
                            MethodHandles.privateLookupIn(owner, MethodHandles.lookup())))
                    .getLoaded();
            return contract.cast(generated.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new EntityMappingException("cannot generate the codec of " + owner.getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code switch (index) { case i: cases[i]; return; ... default: return; }}; every case leaves
     * the operand stack empty.
     */
    private static final class IndexSwitch extends StackManipulation.AbstractBase {
        private final int indexSlot;
        private final List<StackManipulation> cases;

        IndexSwitch(int indexSlot, List<StackManipulation> cases) {
            this.indexSlot = indexSlot;
            this.cases = cases;
        }

        @Override
        public Size apply(MethodVisitor visitor, Implementation.Context context) {
            if (cases.isEmpty()) {
                visitor.visitInsn(Opcodes.RETURN);
                return Size.ZERO;
            }
            Label[] labels = new Label[cases.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = new Label();
            }
            Label otherwise = new Label();
            visitor.visitVarInsn(Opcodes.ILOAD, indexSlot);
            visitor.visitTableSwitchInsn(0, labels.length - 1, otherwise, labels);
            int maximum = 1;
            for (int i = 0; i < labels.length; i++) {
                visitor.visitLabel(labels[i]);
                maximum = Math.max(maximum, cases.get(i).apply(visitor, context).getMaximalSize());
                visitor.visitInsn(Opcodes.RETURN);
            }
            visitor.visitLabel(otherwise);
            visitor.visitInsn(Opcodes.RETURN);
            return new Size(0, maximum);
        }
    }
}
