package eu.clusterdata.model.codes;

import eu.clusterdata.model.value.NaceCode;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An activity of the NACE classification, with its official titles. Immutable and thread-safe.
 *
 * @param code the code and its revision
 * @param level 1 for a section, 2 a division, 3 a group, 4 a class
 * @param titleEn the English title (sections in capitals, as Eurostat writes them)
 * @param titleDe the German title, or {@code null} where the jar has none (NACE Rev. 2.1)
 * @param parent the activity one level up, or {@code null} for a section
 */
public record NaceActivity(
    NaceCode code, int level, String titleEn, @Nullable String titleDe, @Nullable NaceCode parent) {

  public NaceActivity {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(titleEn, "titleEn");
  }

  /** Returns the title in German for German locales where there is one, else in English. */
  public String title(Locale locale) {
    return locale.getLanguage().equals("de") && titleDe != null ? titleDe : titleEn;
  }

  /** Returns {@code 62.10 Computer programming activities}. */
  @Override
  public String toString() {
    return code.code() + " " + titleEn;
  }
}
