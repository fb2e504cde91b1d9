package eu.clusterdata.model.codes;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An entry of a closed code list (an enum) with a stable, lower-case code for interchange, such as
 * {@code decarbonisation} or {@code aerospace-and-defence}.
 *
 * <p>The code is derived from the constant's name, so it cannot drift from it; renaming a constant
 * is therefore a breaking change of the interchange formats.
 */
public interface Coded {

  /** The enum constant's name; implemented by every enum. */
  String name();

  /** Returns the stable interchange code: the constant's name in lower case with hyphens. */
  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the constant of {@code type} whose {@link #code()} is {@code code}.
   *
   * @throws IllegalArgumentException naming the code and the accepted codes, if there is none
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "unknown " + type.getSimpleName() + " '" + code + "', expected one of " + codes(type));
  }

  /** Returns the codes of all constants of {@code type}, comma separated, for messages. */
  static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Coded::code)
        .collect(Collectors.joining(", "));
  }
}
