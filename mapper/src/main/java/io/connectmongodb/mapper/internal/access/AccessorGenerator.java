package io.connectmongodb.mapper.internal.access;

import io.connectmongodb.mapper.EntityMappingException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.Duplication;
import net.bytebuddy.implementation.bytecode.Removal;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.TypeCreation;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.assign.TypeCasting;
import net.bytebuddy.implementation.bytecode.collection.ArrayAccess;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;
import net.bytebuddy.implementation.bytecode.member.FieldAccess;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.implementation.bytecode.member.MethodReturn;
import net.bytebuddy.implementation.bytecode.member.MethodVariableAccess;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Generates, with ByteBuddy, one small class per property accessor and per creator, so that reading
 * or writing a property costs a direct field access or method call instead of reflection.
 *
 * <p>Each generated class is defined in the package of the member's declaring class (through a
 * private lookup on it) so that package-private and protected members are reachable; its single
 * method is plain bytecode: load the target, cast it, read/write/invoke, box or unbox. Private
 * members cannot be reached from another class, so they get a {@link MethodHandle} bound once and
 * adapted to {@code Object} signatures, which the JIT also inlines well.
 */
public final class AccessorGenerator {
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final TypeDescription.Generic OBJECT = TypeDescription.ForLoadedType.of(Object.class).asGenericType();

    private final ByteBuddy byteBuddy = new ByteBuddy();

    public PropertyGetter getter(Member member) {
        Class<?> owner = member.getDeclaringClass();
        if (Modifier.isPrivate(member.getModifiers())) {
            return methodHandleGetter(member);
        }
        List<StackManipulation> code = new ArrayList<>();
        code.add(MethodVariableAccess.REFERENCE.loadFrom(1));
        code.add(TypeCasting.to(TypeDescription.ForLoadedType.of(owner)));
        Class<?> valueType;
        if (member instanceof Field field) {
            code.add(FieldAccess.forField(new FieldDescription.ForLoadedField(field)).read());
            valueType = field.getType();
        } else {
            Method method = (Method) member;
            code.add(MethodInvocation.invoke(new MethodDescription.ForLoadedMethod(method)));
            valueType = method.getReturnType();
        }
        code.add(Assigner.DEFAULT.assign(generic(valueType), OBJECT, Assigner.Typing.STATIC));
        code.add(MethodReturn.REFERENCE);
        return define(owner, "Getter$" + member.getName(), PropertyGetter.class, "get", code);
    }

    public PropertySetter setter(Member member) {
        Class<?> owner = member.getDeclaringClass();
        if (Modifier.isPrivate(member.getModifiers())) {
            return methodHandleSetter(member);
        }
        List<StackManipulation> code = new ArrayList<>();
        code.add(MethodVariableAccess.REFERENCE.loadFrom(1));
        code.add(TypeCasting.to(TypeDescription.ForLoadedType.of(owner)));
        code.add(MethodVariableAccess.REFERENCE.loadFrom(2));
        if (member instanceof Field field) {
            code.add(Assigner.DEFAULT.assign(OBJECT, generic(field.getType()), Assigner.Typing.DYNAMIC));
            code.add(FieldAccess.forField(new FieldDescription.ForLoadedField(field)).write());
        } else {
            Method method = (Method) member;
            code.add(Assigner.DEFAULT.assign(OBJECT, generic(method.getParameterTypes()[0]), Assigner.Typing.DYNAMIC));
            code.add(MethodInvocation.invoke(new MethodDescription.ForLoadedMethod(method)));
            if (method.getReturnType() != void.class) {
                code.add(Removal.of(TypeDescription.ForLoadedType.of(method.getReturnType())));
            }
        }
        code.add(MethodReturn.VOID);
        return define(owner, "Setter$" + member.getName(), PropertySetter.class, "set", code);
    }

    /** An instantiator for a constructor or a static factory method. */
    public Instantiator instantiator(Executable creator) {
        Class<?> owner = creator.getDeclaringClass();
        if (Modifier.isPrivate(creator.getModifiers())) {
            return methodHandleInstantiator(creator);
        }
        List<StackManipulation> code = new ArrayList<>();
        if (creator instanceof Constructor<?>) {
            code.add(TypeCreation.of(TypeDescription.ForLoadedType.of(owner)));
            code.add(Duplication.SINGLE);
        }
        Class<?>[] parameterTypes = creator.getParameterTypes();
        for (int i = 0; i < parameterTypes.length; i++) {
            code.add(MethodVariableAccess.REFERENCE.loadFrom(1));
            code.add(IntegerConstant.forValue(i));
            code.add(ArrayAccess.REFERENCE.load());
            code.add(Assigner.DEFAULT.assign(OBJECT, generic(parameterTypes[i]), Assigner.Typing.DYNAMIC));
        }
        if (creator instanceof Constructor<?> constructor) {
            code.add(MethodInvocation.invoke(new MethodDescription.ForLoadedConstructor(constructor)));
        } else {
            code.add(MethodInvocation.invoke(new MethodDescription.ForLoadedMethod((Method) creator)));
        }
        code.add(MethodReturn.REFERENCE);
        return define(owner, "Instantiator", Instantiator.class, "newInstance", code);
    }

    private <A> A define(Class<?> owner, String role, Class<A> contract, String methodName, List<StackManipulation> code) {
        String name = owner.getName() + "$$Cm" + role + "$" + SEQUENCE.incrementAndGet();
        Class<?> generated = byteBuddy.subclass(Object.class)
                .name(name)
                .implement(contract)
                .method(ElementMatchers.named(methodName).and(ElementMatchers.isAbstract()))
                .intercept(new Implementation.Simple(code.toArray(new StackManipulation[0])))
                .make()
                .load(owner.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup(owner)))
                .getLoaded();
        try {
            return contract.cast(generated.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new EntityMappingException("cannot instantiate the generated accessor for " + owner.getName(), e);
        }
    }

    private static PropertyGetter methodHandleGetter(Member member) {
        MethodHandle handle = unreflect(member, false).asType(MethodType.methodType(Object.class, Object.class));
        return target -> {
            try {
                return (Object) handle.invokeExact(target);
            } catch (Throwable t) {
                throw propagate(t);
            }
        };
    }

    private static PropertySetter methodHandleSetter(Member member) {
        MethodHandle handle = unreflect(member, true).asType(MethodType.methodType(void.class, Object.class, Object.class));
        return (target, value) -> {
            try {
                handle.invokeExact(target, value);
            } catch (Throwable t) {
                throw propagate(t);
            }
        };
    }

    private static Instantiator methodHandleInstantiator(Executable creator) {
        MethodHandle handle = unreflect(creator, false)
                .asSpreader(Object[].class, creator.getParameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
        return arguments -> {
            try {
                return (Object) handle.invokeExact(arguments);
            } catch (Throwable t) {
                throw propagate(t);
            }
        };
    }

    private static MethodHandle unreflect(Member member, boolean write) {
        MethodHandles.Lookup lookup = lookup(member.getDeclaringClass());
        try {
            if (member instanceof Field field) {
                return write ? lookup.unreflectSetter(field) : lookup.unreflectGetter(field);
            }
            if (member instanceof Constructor<?> constructor) {
                return lookup.unreflectConstructor(constructor);
            }
            MethodHandle handle = lookup.unreflect((Method) member);
            return write && ((Method) member).getReturnType() != void.class
                    ? MethodHandles.dropReturn(handle) : handle;
        } catch (IllegalAccessException e) {
            throw new EntityMappingException("cannot access " + member + ": " + e.getMessage(), e);
        }
    }

    private static MethodHandles.Lookup lookup(Class<?> owner) {
        try {
            return MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new EntityMappingException("cannot access " + owner.getName()
                    + ": open its package to the connect-mongodb mapper (" + e.getMessage() + ")", e);
        }
    }

    private static RuntimeException propagate(Throwable t) {
        if (t instanceof RuntimeException runtime) {
            return runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(t);
    }

    private static TypeDescription.Generic generic(Class<?> type) {
        return TypeDescription.ForLoadedType.of(type).asGenericType();
    }
}
