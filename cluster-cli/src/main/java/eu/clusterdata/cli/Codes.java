package eu.clusterdata.cli;

import eu.clusterdata.model.codes.Coded;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Turns what users type into model values, with messages that list what is accepted. */
final class Codes {

  private Codes() {}

  /** The code-list value of {@code code} ({@code startup-support}), for option {@code option}. */
  static <E extends Enum<E> & Coded> @Nullable E parse(
      Class<E> type, @Nullable String code, String option) {
    if (code == null) {
      return null;
    }
    try {
      return Coded.fromCode(type, code.toLowerCase(Locale.ROOT).replace('_', '-'));
    } catch (IllegalArgumentException e) {
      throw CliException.of("option.invalid", option, e.getMessage());
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
