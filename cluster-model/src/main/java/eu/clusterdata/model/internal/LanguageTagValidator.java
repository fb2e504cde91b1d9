package eu.clusterdata.model.internal;

import eu.clusterdata.model.constraints.ValidLanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Checks {@link ValidLanguageTag} with the JDK's strict BCP 47 parser. */
public final class LanguageTagValidator implements ConstraintValidator<ValidLanguageTag, String> {

  @Override
  public boolean isValid(String tag, ConstraintValidatorContext context) {
    return tag == null || isWellFormed(tag);
  }

  /** Returns whether {@code tag} is a well-formed BCP 47 language tag. */
  static boolean isWellFormed(String tag) {
    if (tag.isEmpty()) {
      return false;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
