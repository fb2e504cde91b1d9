package eu.clusterdata.json.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/** Reflection on model records: their canonical constructors and accessors as method handles. */
final class Records {

  private Records() {}

  static Constructor<?> canonical(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameters = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameters[i] = components[i].getType();
    }
    try {
      return type.getDeclaredConstructor(parameters);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("record without canonical constructor: " + type, e);
    }
  }

  /** Returns a handle taking an {@code Object[]} of all components and returning the record. */
  static MethodHandle constructor(Class<?> type) {
    try {
      MethodHandle handle = MethodHandles.publicLookup().unreflectConstructor(canonical(type));
      return handle.asSpreader(Object[].class, type.getRecordComponents().length);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(type + " is not public", e);
    }
  }

  static MethodHandle accessor(RecordComponent component) {
    try {
      return MethodHandles.publicLookup().unreflect(component.getAccessor());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(component + " is not public", e);
    }
  }

  /** Builds a record; exceptions of its constructor propagate unchanged. */
  static Object construct(Class<?> type, Object[] args) {
    try {
      return constructor(type).invoke(args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** Invokes a handle from {@link #constructor}; constructor exceptions propagate unchanged. */
  static Object invoke(MethodHandle constructor, Object[] args) {
    try {
      return constructor.invoke(args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  static Object get(MethodHandle accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
