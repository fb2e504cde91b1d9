package eu.clusterdata.model.description;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.constraints.EmptyValue;
import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.constraints.ValidCode;
import eu.clusterdata.model.constraints.ValidCountryCode;
import eu.clusterdata.model.constraints.ValidDateRange;
import eu.clusterdata.model.constraints.ValidIri;
import eu.clusterdata.model.constraints.ValidLanguageTag;
import eu.clusterdata.model.constraints.ValidNaceCode;
import eu.clusterdata.model.constraints.ValidNutsCode;
import eu.clusterdata.model.constraints.ValidText;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one description of the model: every record type reachable from {@link ClusterProfile}, with
 * its components in order, which are required and what their absence means, the constraints on
 * them, and handles to read and build them. The JSON codecs, the RDF mapping and reader, the JSON
 * Schema and the SHACL shapes are all driven by it, so adding a component to a record is all it
 * takes to carry it everywhere (plus, for RDF, its predicate).
 *
 * <p>Everything is declared on the records, never found by trying: {@link NotNull} marks a
 * component the record rejects {@code null} for, {@link EmptyValue} the constant that stands for an
 * absent value, and the Jakarta Validation annotations the constraints. Built once, on first use;
 * immutable and thread-safe.
 *
 * <pre>{@code
 * RecordType<Actor> actor = ModelDescription.of(Actor.class);
 * for (Component c : actor.components()) {
 *   System.out.println(c.name() + (c.required() ? " (required)" : ""));
 * }
 * }</pre>
 */
public final class ModelDescription {

  private static final Map<Class<?>, RecordType<?>> RECORDS = build();

  private ModelDescription() {}

  /** Returns the description of the profile, the root of the model. */
  public static RecordType<ClusterProfile> root() {
    return of(ClusterProfile.class);
  }

  /** Returns every record type of the model, the profile first, each before the types it uses. */
  public static List<RecordType<?>> records() {
    return List.copyOf(RECORDS.values());
  }

  /**
   * Returns the description of a model record type.
   *
   * @throws IllegalArgumentException if {@code type} is not a record of the model
   */
  @SuppressWarnings("unchecked") // the map holds each class with its own description
  public static <R extends Record> RecordType<R> of(Class<R> type) {
    RecordType<?> description = RECORDS.get(type);
    if (description == null) {
      throw new IllegalArgumentException("not a record of the cluster model: " + type.getName());
    }
    return (RecordType<R>) description;
  }

  /**
   * Returns whether {@code type} is one of the model's own types: a part of a profile ({@code
   * eu.clusterdata.model}), a value ({@code .value}) or a code ({@code .codes}), as opposed to the
   * validator's, the problems' or a user's types.
   */
  public static boolean isModelType(Class<?> type) {
    String name = type.getPackageName();
    return name.equals("eu.clusterdata.model")
        || name.equals("eu.clusterdata.model.value")
        || name.equals("eu.clusterdata.model.codes");
  }

  /** Returns whether {@code type} is a record of the model with a description of its own. */
  public static boolean describes(Class<?> type) {
    return RECORDS.containsKey(type);
  }

  /**
   * Returns the constraints every value of {@code valueType} must meet, whatever component holds
   * it: those of a record type, and the entries check of a multilingual text; none for others.
   */
  public static List<Constraint> constraintsOf(Class<?> valueType) {
    if (valueType == MultilingualText.class) {
      return TEXT_CONSTRAINTS;
    }
    RecordType<?> record = RECORDS.get(valueType);
    return record == null ? List.of() : record.constraints();
  }

  private static final List<Constraint> TEXT_CONSTRAINTS = List.of(new Constraint.TextEntries());

  // ---- building the description from the records' declarations ----

  private static Map<Class<?>, RecordType<?>> build() {
    Map<Class<?>, RecordType<?>> records = new LinkedHashMap<>();
    List<Class<?>> pending = new ArrayList<>(List.of(ClusterProfile.class));
    while (!pending.isEmpty()) {
      Class<?> type = pending.remove(0);
      if (records.containsKey(type)) {
        continue;
      }
      RecordType<?> description = describe(type.asSubclass(Record.class));
      records.put(type, description);
      for (Component component : description.components()) {
        if (component.valueKind() == ValueKind.RECORD) {
          pending.add(component.valueType());
        }
      }
    }
    return Collections.unmodifiableMap(records);
  }

  private static <R extends Record> RecordType<R> describe(Class<R> type) {
    RecordComponent[] declared = type.getRecordComponents();
    List<Component> components = new ArrayList<>();
    Class<?>[] parameters = new Class<?>[declared.length];
    try {
      for (int i = 0; i < declared.length; i++) {
        parameters[i] = declared[i].getType();
        components.add(component(type, declared[i], i));
      }
      return new RecordType<>(
          type,
          components,
          constraints(type.getAnnotations(), type, null),
          emptyValue(type),
          type.getDeclaredConstructor(parameters));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getName() + " is not a public record", e);
    }
  }

  /**
   * Returns the accessor as a function: a plain interface call the JIT inlines, where a method
   * handle held in a field is not. Made when the component is first read, since each costs a class
   * spun at run time, and a command that only reads and validates never reads most of them this
   * way.
   */
  @SuppressWarnings("unchecked") // the metafactory builds exactly a Function<Object, Object>
  static Function<Object, Object> accessor(Class<?> owner, RecordComponent component) {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodHandle getter;
    try {
      getter = lookup.unreflect(component.getAccessor());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(
          "cannot read " + owner.getSimpleName() + "." + component.getName(), e);
    }
    Class<?> result = MethodType.methodType(getter.type().returnType()).wrap().returnType();
    try {
      CallSite site =
          LambdaMetafactory.metafactory(
              lookup,
              "apply",
              MethodType.methodType(Function.class),
              MethodType.methodType(Object.class, Object.class),
              getter,
              MethodType.methodType(result, owner));
      return (Function<Object, Object>) site.getTarget().invoke();
    } catch (Throwable e) {
      throw new IllegalStateException(
          "cannot read " + owner.getSimpleName() + "." + component.getName(), e);
    }
  }

  private static Component component(Class<?> owner, RecordComponent declared, int index)
      throws NoSuchFieldException {
    Class<?> raw = declared.getType();
    Cardinality cardinality =
        raw == List.class ? Cardinality.LIST : raw == Set.class ? Cardinality.SET : Cardinality.ONE;
    Class<?> valueType =
        cardinality == Cardinality.ONE
            ? raw
            : (Class<?>)
                ((ParameterizedType) declared.getGenericType()).getActualTypeArguments()[0];
    ValueKind kind = kindOf(valueType, owner, declared);
    Field field = owner.getDeclaredField(declared.getName());
    boolean notNull = field.isAnnotationPresent(NotNull.class);
    boolean nullable = cardinality == Cardinality.ONE && !raw.isPrimitive() && !notNull;
    Object empty;
    if (cardinality == Cardinality.LIST) {
      empty = List.of();
    } else if (cardinality == Cardinality.SET) {
      empty = Set.of();
    } else if (raw == boolean.class) {
      empty = Boolean.FALSE;
    } else if (nullable) {
      empty = null;
    } else if (kind == ValueKind.RECORD || kind == ValueKind.EXTENSIONS) {
      empty = emptyValue(raw);
    } else {
      empty = null;
    }
    List<Constraint> constraints =
        new ArrayList<>(constraints(field.getAnnotations(), owner, declared));
    if (cardinality != Cardinality.ONE
        && declared.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
      constraints.addAll(
          constraints(
              parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations(),
              owner,
              declared));
    }
    return new Component(
        declared.getName(),
        index,
        declared.getGenericType(),
        cardinality,
        valueType,
        kind,
        nullable,
        empty,
        constraints,
        owner,
        declared);
  }

  private static ValueKind kindOf(Class<?> valueType, Class<?> owner, RecordComponent declared) {
    if (Scalar.of(valueType).isPresent()) {
      return ValueKind.SCALAR;
    } else if (valueType.isEnum()) {
      return ValueKind.ENUM;
    } else if (valueType == MultilingualText.class) {
      return ValueKind.TEXT;
    } else if (valueType == Extensions.class) {
      return ValueKind.EXTENSIONS;
    } else if (valueType.isRecord()) {
      return ValueKind.RECORD;
    }
    throw new IllegalStateException(
        owner.getSimpleName()
            + "."
            + declared.getName()
            + " is of type "
            + valueType.getName()
            + ", which the model description does not know: add it to Scalar or make it a record");
  }

  /** Returns the constant marked {@link EmptyValue} of {@code type}, or {@code null}. */
  private static <T> @Nullable T emptyValue(Class<T> type) {
    for (Field field : type.getFields()) {
      if (field.isAnnotationPresent(EmptyValue.class)) {
        if (!Modifier.isStatic(field.getModifiers()) || field.getType() != type) {
          throw new IllegalStateException(
              "@EmptyValue "
                  + type.getSimpleName()
                  + "."
                  + field.getName()
                  + " must be a "
                  + "public static final "
                  + type.getSimpleName());
        }
        try {
          return type.cast(field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return null;
  }

  private static List<Constraint> constraints(
      Annotation[] annotations, Class<?> owner, @Nullable RecordComponent component) {
    List<Constraint> constraints = new ArrayList<>();
    for (Annotation annotation : annotations) {
      Constraint constraint = constraint(annotation);
      if (constraint != null) {
        constraints.add(constraint);
      } else if (annotation
              .annotationType()
              .isAnnotationPresent(jakarta.validation.Constraint.class)
          && !(annotation instanceof NotNull)) {
        throw new IllegalStateException(
            "the model description has no constraint for @"
                + annotation.annotationType().getSimpleName()
                + " on "
                + owner.getSimpleName()
                + (component == null ? "" : "." + component.getName()));
      }
    }
    return constraints;
  }

  /** The one translation of the model's constraint annotations, or null for others. */
  private static @Nullable Constraint constraint(Annotation annotation) {
    if (annotation instanceof ValidIri) {
      return new Constraint.AbsoluteIri();
    } else if (annotation instanceof ValidText) {
      return new Constraint.TextEntries();
    } else if (annotation instanceof ValidNutsCode nuts) {
      return new Constraint.Pattern(Syntax.NUTS, nuts.message());
    } else if (annotation instanceof ValidCode code) {
      return new Constraint.Pattern(Syntax.CODE, code.message());
    } else if (annotation instanceof ValidNaceCode) {
      return new Constraint.NaceShape(
          new Constraint.Pattern(Syntax.NACE_2, "core.nace"),
          new Constraint.Pattern(Syntax.NACE_2_1, "core.nace"));
    } else if (annotation instanceof ValidCountryCode country) {
      return new Constraint.CodeList(Set.of(Locale.getISOCountries()), country.message());
    } else if (annotation instanceof ValidDateRange) {
      return new Constraint.OrderedPeriod();
    } else if (annotation instanceof ValidLanguageTag) {
      return new Constraint.LanguageTag();
    } else if (annotation instanceof NoBlank) {
      return new Constraint.NotBlank();
    } else if (annotation instanceof Email) {
      return new Constraint.Email();
    } else if (annotation instanceof jakarta.validation.constraints.Pattern pattern) {
      if (pattern.message().startsWith("{")) {
        throw new IllegalStateException(
            "a @Pattern of the model needs a message key as its message: " + pattern);
      }
      return new Constraint.Pattern(
          java.util.regex.Pattern.compile(pattern.regexp()), pattern.message());
    } else if (annotation instanceof DecimalMin min && min.inclusive()) {
      return new Constraint.Range(new BigDecimal(min.value()), null);
    } else if (annotation instanceof DecimalMax max && max.inclusive()) {
      return new Constraint.Range(null, new BigDecimal(max.value()));
    } else if (annotation instanceof PositiveOrZero) {
      return new Constraint.Range(BigDecimal.ZERO, null);
    } else if (annotation instanceof PastOrPresent) {
      return new Constraint.PastOrPresent();
    }
    return null; // @Valid, @NotNull and annotations that are no constraints
  }
}
