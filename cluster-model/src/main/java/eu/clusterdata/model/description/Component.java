package eu.clusterdata.model.description;

import eu.clusterdata.model.constraints.EmptyValue;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One component of a model record, as the {@link ModelDescription} gives it: its name and position,
 * what it holds, whether it may be absent and what absence means, and the constraints on its value
 * (on each element, for a list or set). Immutable and thread-safe.
 */
public final class Component {

  private final String name;
  private final int index;
  private final Type genericType;
  private final Cardinality cardinality;
  private final Class<?> valueType;
  private final ValueKind valueKind;
  private final boolean nullable;
  private final @Nullable Object emptyValue;
  private final List<Constraint> constraints;
  private final Class<?> owner;
  private final RecordComponent declared;
  private volatile @Nullable Function<Object, Object> accessor;

  Component(
      String name,
      int index,
      Type genericType,
      Cardinality cardinality,
      Class<?> valueType,
      ValueKind valueKind,
      boolean nullable,
      @Nullable Object emptyValue,
      List<Constraint> constraints,
      Class<?> owner,
      RecordComponent declared) {
    this.name = name;
    this.index = index;
    this.genericType = genericType;
    this.cardinality = cardinality;
    this.valueType = valueType;
    this.valueKind = valueKind;
    this.nullable = nullable;
    this.emptyValue = emptyValue;
    this.constraints = List.copyOf(constraints);
    this.owner = owner;
    this.declared = declared;
  }

  /** Returns the component's name, which is also its field name in JSON. */
  public String name() {
    return name;
  }

  /** Returns the component's position in the record, from 0. */
  public int index() {
    return index;
  }

  /** Returns the declared type, with its type arguments. */
  public Type genericType() {
    return genericType;
  }

  /** Returns whether it holds one value, a list or a set. */
  public Cardinality cardinality() {
    return cardinality;
  }

  /** Returns whether it holds a list or a set. */
  public boolean isCollection() {
    return cardinality != Cardinality.ONE;
  }

  /** Returns the type of its value, or of each element of a list or set. */
  public Class<?> valueType() {
    return valueType;
  }

  /** Returns what kind of value that is. */
  public ValueKind valueKind() {
    return valueKind;
  }

  /** Returns the scalar the value is, if it is one. */
  public java.util.Optional<Scalar> scalar() {
    return valueKind == ValueKind.SCALAR ? Scalar.of(valueType) : java.util.Optional.empty();
  }

  /**
   * Returns whether the record accepts {@code null} here: a single value that the record does not
   * declare {@code @NotNull}. Lists, sets and booleans are never {@code null}.
   */
  public boolean nullable() {
    return nullable;
  }

  /**
   * Returns the value that an absent component stands for: {@code null} where it is nullable, an
   * empty list or set, {@code false}, or the value type's {@link EmptyValue}; {@code null} also
   * where a non-null component has no empty value, which makes it {@link #required()}.
   */
  public @Nullable Object emptyValue() {
    return emptyValue;
  }

  /**
   * Returns whether a document must give this component: the record rejects {@code null} and there
   * is no empty value to take its place.
   */
  public boolean required() {
    return !nullable && emptyValue == null;
  }

  /**
   * Returns the constraints declared on this component (on each element, for a list or set); those
   * of its value type are {@link ModelDescription#constraintsOf(Class)}.
   */
  public List<Constraint> constraints() {
    return constraints;
  }

  /** Returns whether {@code value} is this component's empty value (an empty list, say). */
  public boolean isEmptyValue(Object value) {
    if (value instanceof java.util.Collection<?> collection) {
      return collection.isEmpty();
    }
    return Objects.equals(value, emptyValue);
  }

  /** Returns the component's value in {@code record}. */
  public Object get(Object record) {
    Function<Object, Object> read = accessor;
    if (read == null) {
      read = ModelDescription.accessor(owner, declared); // two threads may both make one: harmless
      accessor = read;
    }
    return read.apply(record);
  }

  @Override
  public String toString() {
    return name + ": " + genericType.getTypeName();
  }
}
