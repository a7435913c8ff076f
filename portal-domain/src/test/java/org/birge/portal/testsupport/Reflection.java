package org.birge.portal.testsupport;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/** Reaches what JPA reaches and production code may not: private fields and protected constructors. */
public final class Reflection {

    private Reflection() {
    }

    /** Sets the private field {@code name} that {@code declaringClass} declares on {@code target}. */
    public static void set(Object target, Class<?> declaringClass, String name, Object value) {
        try {
            Field field = declaringClass.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot set " + declaringClass.getSimpleName() + "." + name, e);
        }
    }

    /** A new instance made by the no-argument constructor, as JPA makes one before loading a row. */
    public static <T> T instantiate(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot instantiate " + type.getSimpleName(), e);
        }
    }
}
