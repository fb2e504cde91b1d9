package eu.clusterdata.model;

import eu.clusterdata.model.internal.Samples;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the model's records require, for the modules that describe it in other languages (the JSON
 * Schema, the SHACL shapes): learnt from the records' own constructors, so that those descriptions
 * cannot drift from the model. Thread-safe.
 */
public final class ModelSchema {

  private static final Map<Class<?>, Set<String>> REQUIRED = new ConcurrentHashMap<>();

  private ModelSchema() {}

  /**
   * Returns the names of the components of a model record whose constructor rejects {@code null},
   * in component order. Collections among them are never absent in practice (an empty list stands
   * for none), so a description may treat only the others as required.
   */
  public static Set<String> nonNullComponents(Class<?> recordType) {
    if (!recordType.isRecord()) {
      throw new IllegalArgumentException(recordType.getName() + " is not a record");
    }
    return REQUIRED.computeIfAbsent(recordType, ModelSchema::probe);
  }

  private static Set<String> probe(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] samples = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      samples[i] = Samples.of(components[i].getGenericType());
    }
    Set<String> required = new LinkedHashSet<>();
    for (int i = 0; i < components.length; i++) {
      if (components[i].getType().isPrimitive()) {
        continue;
      }
      Object[] args = samples.clone();
      args[i] = null;
      try {
        Samples.construct(type, args);
      } catch (NullPointerException e) {
        required.add(components[i].getName());
      }
    }
    return Collections.unmodifiableSet(required);
  }
}
