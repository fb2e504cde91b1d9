package eu.clusterdata.model.value;

import eu.clusterdata.model.constraints.ValidCountryCode;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Objects;

/**
 * A country by its ISO 3166-1 alpha-2 code ({@code DE}, {@code NL}).
 *
 * <p>A code that is not in the ISO list the JDK ships is refused when it is made. Immutable and
 * thread-safe.
 *
 * @param code the alpha-2 code, upper case
 */
@ValidCountryCode
public record CountryCode(@NotNull String code) implements Comparable<CountryCode> {

  /** Germany. */
  public static final CountryCode DE = new CountryCode("DE");

  /**
   * @throws InvalidValueException if {@code code} is not an ISO 3166-1 alpha-2 code
   */
  public CountryCode {
    Objects.requireNonNull(code, "code");
    Checks.valid(Syntax.isCountryCode(code), "core.country", code);
  }

  /**
   * Returns the country with this code.
   *
   * @throws InvalidValueException if {@code code} is not an ISO 3166-1 alpha-2 code
   */
  public static CountryCode of(String code) {
    return new CountryCode(code);
  }

  /**
   * Returns the ISO 3166-1 alpha-3 code ({@code DEU}), which the EU's country authority table uses
   * in its IRIs.
   *
   * @throws java.util.MissingResourceException if the code is not an ISO country
   */
  public String alpha3() {
    return new Locale("", code).getISO3Country();
  }

  @Override
  public String toString() {
    return code;
  }

  /** Orders codes alphabetically, so that sets of them have one canonical order. */
  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }
}
