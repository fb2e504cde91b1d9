package eu.clusterdata.model.internal;

import eu.clusterdata.model.constraints.ValidLanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidLanguageTag} with the JDK's strict BCP 47 parser. */
public final class LanguageTagValidator implements ConstraintValidator<ValidLanguageTag, String> {

  @Override
  public boolean isValid(String tag, ConstraintValidatorContext context) {
    return tag == null || Syntax.isLanguageTag(tag);
  }
}
