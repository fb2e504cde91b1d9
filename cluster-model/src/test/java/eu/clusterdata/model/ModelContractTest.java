package eu.clusterdata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks, by reflection over every record reachable from {@link ClusterProfile}, the contract the
 * model promises: a null where a value is required fails at once and names the component,
 * collections are never null, and every nested model value is cascaded with {@code @Valid} so that
 * its constraints cannot be skipped silently.
 */
class ModelContractTest {

  static Stream<Class<?>> modelRecords() {
    Set<Class<?>> found = new LinkedHashSet<>();
    collect(ClusterProfile.class, found);
    return found.stream();
  }

  private static void collect(Class<?> type, Set<Class<?>> found) {
    if (!type.isRecord() || !found.add(type)) {
      return;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      modelTypes(component.getGenericType()).forEach(t -> collect(t, found));
    }
  }

  /** The model types a component holds: itself, or the element types of a collection or map. */
  private static List<Class<?>> modelTypes(Type type) {
    List<Class<?>> types = new ArrayList<>();
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        types.addAll(modelTypes(argument));
      }
    } else if (type instanceof Class<?> raw && ModelDescription.isModelType(raw)) {
      types.add(raw);
    }
    return types;
  }

  @Test
  void theDescriptionDescribesExactlyTheModelRecords() {
    Set<Class<?>> described = new LinkedHashSet<>();
    ModelDescription.records().forEach(r -> described.add(r.javaType()));
    Set<Class<?>> walked = new LinkedHashSet<>(modelRecords().toList());
    // Texts and extensions are value kinds of their own, not records of the description.
    walked.remove(MultilingualText.class);
    walked.remove(Extensions.class);
    assertEquals(walked, described);
  }

  @Test
  void theWalkFindsTheWholeModel() {
    List<Class<?>> records = modelRecords().toList();
    assertTrue(records.size() >= 30, () -> "only " + records);
    assertTrue(
        records.contains(Label.class)
            && records.contains(Source.class)
            && records.contains(Technology.class));
  }

  @ParameterizedTest
  @MethodSource("modelRecords")
  void nullsAreRejectedByName(Class<?> type) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Constructor<?> canonical =
        type.getDeclaredConstructor(
            Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    // The components of a valid sample: a value that is one string has a shape of its own.
    Object valid = sample(type);
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      args[i] = components[i].getAccessor().invoke(valid);
    }
    canonical.newInstance(args);
    for (int i = 0; i < components.length; i++) {
      if (components[i].getType().isPrimitive()) {
        continue;
      }
      Object[] withNull = args.clone();
      withNull[i] = null;
      String name = components[i].getName();
      boolean declaredNullable =
          ModelDescription.describes(type)
              && ModelDescription.of(type.asSubclass(Record.class)).components().get(i).nullable();
      try {
        canonical.newInstance(withNull);
        assertTrue(
            declaredNullable,
            type.getSimpleName() + "." + name + " accepts null but the description says @NotNull");
        boolean collection =
            Collection.class.isAssignableFrom(components[i].getType())
                || Map.class.isAssignableFrom(components[i].getType());
        if (collection) {
          fail(type.getSimpleName() + "." + name + " accepted a null collection");
        }
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        assertFalse(
            declaredNullable,
            type.getSimpleName() + "." + name + " rejects null; declare it @NotNull");
        assertEquals(
            NullPointerException.class, cause.getClass(), type.getSimpleName() + "." + name);
        assertTrue(
            cause.getMessage() != null && cause.getMessage().startsWith(name),
            () ->
                type.getSimpleName()
                    + "."
                    + name
                    + " threw without naming it: "
                    + cause.getMessage());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("modelRecords")
  void nestedModelValuesAreCascaded(Class<?> type) throws NoSuchFieldException {
    for (RecordComponent component : type.getRecordComponents()) {
      AnnotatedType annotated = component.getAnnotatedType();
      if (annotated instanceof AnnotatedParameterizedType parameterized) {
        for (AnnotatedType element : parameterized.getAnnotatedActualTypeArguments()) {
          if (element.getType() instanceof Class<?> c && c.isRecord() && isModel(c)) {
            assertTrue(
                element.isAnnotationPresent(Valid.class),
                type.getSimpleName() + "." + component.getName() + " elements need @Valid");
          }
        }
      } else if (component.getType().isRecord() && isModel(component.getType())) {
        boolean valid =
            type.getDeclaredField(component.getName()).isAnnotationPresent(Valid.class)
                || annotated.isAnnotationPresent(Valid.class);
        assertTrue(valid, type.getSimpleName() + "." + component.getName() + " needs @Valid");
      }
    }
  }

  private static boolean isModel(Class<?> type) {
    return ModelDescription.isModelType(type);
  }

  /** A non-null value of the given type, as the model's own schema probing builds it. */
  private static Object sample(Type type) {
    return eu.clusterdata.model.testing.Samples.of(type);
  }
}
