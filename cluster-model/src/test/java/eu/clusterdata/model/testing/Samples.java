package eu.clusterdata.model.testing;

import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NutsCode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Non-null sample values of model types, from which the contract test builds each record once per
 * component, with that component set to null, to check that the records do what the model
 * description declares.
 */
public final class Samples {

  private Samples() {}

  public static Object of(Type type) {
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return "x";
    } else if (raw == boolean.class || raw == Boolean.class) {
      return false;
    } else if (raw == Integer.class) {
      return 1;
    } else if (raw == BigDecimal.class) {
      return BigDecimal.ONE;
    } else if (raw == Year.class) {
      return Year.of(2000);
    } else if (raw == LocalDate.class) {
      return LocalDate.of(2000, 1, 1);
    } else if (raw == Instant.class) {
      return Instant.EPOCH;
    } else if (raw == Currency.class) {
      return Currency.getInstance("EUR");
    } else if (raw == List.class) {
      return List.of();
    } else if (raw == Set.class) {
      return Set.of();
    } else if (raw == SortedMap.class) {
      return new TreeMap<>(Map.of("en", "x"));
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    } else if (raw == Iri.class) {
      return Iri.of(
          "https://example.org/x"); // values that are one string have a shape of their own
    } else if (raw == NutsCode.class) {
      return NutsCode.of("DE");
    } else if (raw == CountryCode.class) {
      return CountryCode.DE;
    } else if (raw == NaceCode.class) {
      return NaceCode.rev2("C");
    } else if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        args[i] = of(components[i].getGenericType());
      }
      return construct(raw, args);
    }
    throw new IllegalStateException("no sample for " + type);
  }

  /** Builds a record from its components; the constructor's exceptions propagate unchanged. */
  public static Object construct(Class<?> type, Object[] args) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameters = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameters[i] = components[i].getType();
    }
    try {
      return type.getDeclaredConstructor(parameters).newInstance(args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
