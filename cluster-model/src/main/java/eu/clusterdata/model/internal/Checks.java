package eu.clusterdata.model.internal;

import eu.clusterdata.model.problem.InvalidValueException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Null checks and defensive copies for the model's compact constructors, with messages that name
 * the component, so that a missing required value fails at once and says which.
 */
public final class Checks {

  private Checks() {}

  /**
   * Throws an {@link InvalidValueException} for {@code value} under {@code code} unless {@code
   * valid}; returns {@code value}.
   */
  public static String valid(boolean valid, String code, String value) {
    if (!valid) {
      throw new InvalidValueException(code, value);
    }
    return value;
  }

  /** Returns {@code value}, or throws a NullPointerException naming the component. */
  public static <T> T required(@Nullable T value, String component) {
    return Objects.requireNonNull(value, () -> component + " is required but was null");
  }

  /**
   * Returns the canonical form of a decimal: no trailing zeros and a scale of at least 0 ({@code
   * 2.50} becomes {@code 2.5}, {@code 1E+3} becomes {@code 1000}). A decimal is a number, not a
   * lexical form: RDF stores canonicalise {@code xsd:decimal} (TDB2 gives back {@code 2.5} for
   * {@code 2.50}), so equal numbers must be equal values for a profile to survive a store. {@code
   * null} stays {@code null}.
   */
  public static java.math.@Nullable BigDecimal decimal(java.math.@Nullable BigDecimal value) {
    if (value == null) {
      return null;
    }
    java.math.BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() >= 0 ? stripped : stripped.setScale(0);
  }

  /** Returns an unmodifiable copy of {@code list}, rejecting a null list or null elements. */
  public static <T> List<T> list(List<T> list, String component) {
    required(list, component);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(component + "[" + i + "] is null");
      }
    }
    return List.copyOf(list);
  }

  /**
   * Returns an unmodifiable copy of {@code values}, sorted and without duplicates: the canonical
   * form of a list whose order carries no meaning, so that equal sets are equal lists and every
   * interchange format, ordered or not, gives them back alike.
   */
  public static <T extends Comparable<? super T>> List<T> sortedSet(
      List<T> values, String component) {
    return List.copyOf(new java.util.TreeSet<>(list(values, component)));
  }

  /**
   * Returns the {@linkplain #sortedSet canonical set} of these language tags, each in the case BCP
   * 47 recommends ({@link Syntax#canonicalCase}).
   *
   * @throws InvalidValueException if a tag is not a well-formed BCP 47 language tag
   */
  public static List<String> languageTags(List<String> tags, String component) {
    List<String> canonical = new java.util.ArrayList<>();
    for (String tag : list(tags, component)) {
      if (!Syntax.isLanguageTag(tag)) {
        throw new InvalidValueException("core.language-tag", tag);
      }
      canonical.add(Syntax.canonicalCase(tag));
    }
    return sortedSet(canonical, component);
  }

  /**
   * Returns an unmodifiable copy of {@code set} that iterates in declaration order, so that equal
   * sets always serialise alike.
   */
  public static <E extends Enum<E>> Set<E> enumSet(
      Collection<E> set, Class<E> type, String component) {
    required(set, component);
    EnumSet<E> copy = EnumSet.noneOf(type);
    for (E element : set) {
      copy.add(required(element, component + " element"));
    }
    return Collections.unmodifiableSet(copy);
  }
}
