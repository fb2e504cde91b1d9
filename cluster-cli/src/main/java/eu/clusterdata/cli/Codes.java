package eu.clusterdata.cli;

import eu.clusterdata.model.codes.Coded;
import eu.clusterdata.model.value.NutsVersion;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Turns what users type into model values, with messages that list what is accepted. */
final class Codes {

  private Codes() {}

  /** {@link #code} of {@code code}, or {@code null} for an option not given. */
  static <E extends Enum<E> & Coded> @Nullable E parse(
      Class<E> type, @Nullable String code, String option, @Nullable String catalogue) {
    return code == null ? null : code(type, code, option, catalogue);
  }

  /**
   * The code-list value of {@code code} ({@code startup-support}), for option {@code option}; a
   * code the list does not hold is refused with the codes it does, and the catalogue that shows
   * their titles ({@code clusterdata catalogue CATALOGUE}), or, where there is none, without.
   */
  static <E extends Enum<E> & Coded> E code(
      Class<E> type, String code, String option, @Nullable String catalogue) {
    try {
      return Coded.fromCode(type, code.toLowerCase(Locale.ROOT).replace('_', '-'));
    } catch (IllegalArgumentException e) {
      String codes =
          Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
      throw catalogue == null
          ? CliException.of("option.unknown-code", option, code, codes)
          : CliException.of("option.unknown-code.catalogue", option, code, codes, catalogue);
    }
  }

  /** The NUTS version {@code --nuts} names: {@code 2024} or {@code 2021}. */
  static NutsVersion nutsVersion(String label) {
    try {
      return NutsVersion.ofLabel(label.strip());
    } catch (IllegalArgumentException e) {
      throw CliException.of("option.nuts", label);
    }
  }

  /** The report language: {@code en} or {@code de}. */
  static Locale language(String tag) {
    return switch (tag.toLowerCase(Locale.ROOT)) {
      case "en" -> Locale.ENGLISH;
      case "de" -> Locale.GERMAN;
      default -> throw CliException.of("lang.unknown", tag);
    };
  }
}
