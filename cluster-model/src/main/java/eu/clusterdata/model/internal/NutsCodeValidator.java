package eu.clusterdata.model.internal;

import eu.clusterdata.model.NutsCode;
import eu.clusterdata.model.constraints.ValidNutsCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link ValidNutsCode}. */
public final class NutsCodeValidator implements ConstraintValidator<ValidNutsCode, NutsCode> {

  private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[A-Z0-9]{0,3}");

  @Override
  public boolean isValid(NutsCode nuts, ConstraintValidatorContext context) {
    return nuts == null || SHAPE.matcher(nuts.code()).matches();
  }
}
