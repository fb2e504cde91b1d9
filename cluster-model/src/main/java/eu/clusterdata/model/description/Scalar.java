package eu.clusterdata.model.description;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The scalar types of the model: the only leaf values besides enums, texts and extensions. Every
 * format switches over this enum, so a scalar added here fails to compile until each format has a
 * form for it.
 */
public enum Scalar {
  /** Plain text. */
  STRING(String.class),
  /** {@code true} or {@code false}; a boolean component is never absent. */
  BOOLEAN(boolean.class),
  /** A whole number, such as a count. */
  INTEGER(Integer.class),
  /** An exact decimal number, kept in canonical form. */
  DECIMAL(BigDecimal.class),
  /** A calendar year. */
  YEAR(Year.class),
  /** A calendar date without time zone. */
  DATE(LocalDate.class),
  /** An instant in time. */
  DATE_TIME(Instant.class),
  /** An ISO 4217 currency. */
  CURRENCY(Currency.class);

  private final Class<?> javaType;

  Scalar(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** Returns the Java type of the scalar's values. */
  public Class<?> javaType() {
    return javaType;
  }

  /** Returns the scalar whose Java type is {@code type} (or its boxed form), if it is one. */
  public static Optional<Scalar> of(Class<?> type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  // Every RDF term written asks for its value's scalar: a table, not a scan of values().
  private static final Map<Class<?>, Scalar> BY_TYPE = byType();

  private static Map<Class<?>, Scalar> byType() {
    Map<Class<?>, Scalar> byType = new HashMap<>();
    for (Scalar scalar : values()) {
      byType.put(scalar.javaType, scalar);
    }
    byType.put(Boolean.class, BOOLEAN);
    return Map.copyOf(byType);
  }
}
