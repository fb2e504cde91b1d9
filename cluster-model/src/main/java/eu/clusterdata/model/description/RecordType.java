package eu.clusterdata.model.description;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record type of the model, as the {@link ModelDescription} gives it: its components in
 * declaration order, the constraints on the whole record, its empty value if it has one, and a way
 * to build it. Immutable and thread-safe.
 *
 * @param <R> the record type
 */
public final class RecordType<R extends Record> {

  private final Class<R> javaType;
  private final List<Component> components;
  private final Map<String, Component> byName = new HashMap<>();
  private final List<Constraint> constraints;
  private final @Nullable R emptyValue;
  private final Constructor<R> declaredConstructor;

  RecordType(
      Class<R> javaType,
      List<Component> components,
      List<Constraint> constraints,
      @Nullable R emptyValue,
      Constructor<R> declaredConstructor) {
    this.javaType = javaType;
    this.components = List.copyOf(components);
    components.forEach(c -> byName.put(c.name(), c));
    this.constraints = List.copyOf(constraints);
    this.emptyValue = emptyValue;
    this.declaredConstructor = declaredConstructor;
  }

  /** Returns the record class. */
  public Class<R> javaType() {
    return javaType;
  }

  /** Returns the components, in declaration order. */
  public List<Component> components() {
    return components;
  }

  /** Returns the component named {@code name}, if there is one. */
  public Optional<Component> component(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Returns the extensions component, if the record carries a platform's extensions. */
  public Optional<Component> extensions() {
    return components.stream().filter(c -> c.valueKind() == ValueKind.EXTENSIONS).findFirst();
  }

  /** Returns the constraints on the record as a whole, such as the shape of a NUTS code. */
  public List<Constraint> constraints() {
    return constraints;
  }

  /** Returns the value that stands for "nothing known", if the type has one. */
  public Optional<R> emptyValue() {
    return Optional.ofNullable(emptyValue);
  }

  /**
   * Returns whether the record is one string, such as an IRI or a NUTS code: interchange formats
   * write it as that string.
   */
  public boolean isSingleString() {
    return components.size() == 1 && components.get(0).valueType() == String.class;
  }

  /**
   * Builds a record from its component values in declaration order. The record's own checks apply:
   * a {@code null} for a component that is not {@link Component#nullable()} throws a {@link
   * NullPointerException} that names it.
   *
   * @throws IllegalArgumentException if the number of values is not the number of components
   */
  public R construct(Object... values) {
    if (values.length != components.size()) {
      throw new IllegalArgumentException(
          javaType.getSimpleName()
              + " has "
              + components.size()
              + " components, but "
              + values.length
              + " values were given");
    }
    // Core reflection, not a method handle: a spread handle spins classes for every shape of
    // record when first used, a sixth of a short validate's start, and reading is as fast with
    // either once warm.
    try {
      return declaredConstructor.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(javaType.getName() + " is not a public record", e);
    }
  }

  @Override
  public String toString() {
    return javaType.getSimpleName() + components;
  }
}
