package eu.clusterdata.model.internal;

import eu.clusterdata.model.OpenCode;
import eu.clusterdata.model.constraints.ValidCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link ValidCode}: the syntax of an open code, whether listed or not. */
public final class OpenCodeValidator implements ConstraintValidator<ValidCode, OpenCode> {

  private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Override
  public boolean isValid(OpenCode code, ConstraintValidatorContext context) {
    return code == null || SHAPE.matcher(code.code()).matches();
  }
}
