package eu.clusterdata.model.internal;

import eu.clusterdata.model.constraints.ValidNutsCode;
import eu.clusterdata.model.value.NutsCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidNutsCode}. */
public final class NutsCodeValidator implements ConstraintValidator<ValidNutsCode, NutsCode> {

  @Override
  public boolean isValid(NutsCode nuts, ConstraintValidatorContext context) {
    return nuts == null || Syntax.NUTS.matcher(nuts.code()).matches();
  }
}
