package eu.clusterdata.model.internal;

import eu.clusterdata.model.constraints.ValidText;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/**
 * Checks {@link ValidText}. Each bad entry is reported on its own, at the path of its language key,
 * so that a steward sees which translation is wrong.
 */
public final class TextValidator implements ConstraintValidator<ValidText, MultilingualText> {

  @Override
  public boolean isValid(MultilingualText text, ConstraintValidatorContext context) {
    if (text == null) {
      return true;
    }
    if (text.values().isEmpty()) {
      Violations.report(context, "core.text.empty", null, text);
      return false;
    }
    boolean valid = true;
    for (Map.Entry<String, String> entry : text.values().entrySet()) {
      if (!Syntax.isLanguageTag(entry.getKey())) {
        Violations.report(context, "core.text.language", entry.getKey(), entry.getKey());
        valid = false;
      } else if (entry.getValue().isBlank()) {
        Violations.report(context, "core.text.blank", entry.getKey(), entry.getValue());
        valid = false;
      }
    }
    return valid;
  }
}
