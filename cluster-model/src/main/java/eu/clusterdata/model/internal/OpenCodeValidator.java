package eu.clusterdata.model.internal;

import eu.clusterdata.model.codes.OpenCode;
import eu.clusterdata.model.constraints.ValidCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidCode}: the syntax of an open code, whether listed or not. */
public final class OpenCodeValidator implements ConstraintValidator<ValidCode, OpenCode> {

  @Override
  public boolean isValid(OpenCode code, ConstraintValidatorContext context) {
    return code == null || Syntax.CODE.matcher(code.code()).matches();
  }
}
