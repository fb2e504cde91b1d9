package eu.clusterdata.model.internal;

import eu.clusterdata.model.constraints.ValidNaceCode;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NaceRevision;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link ValidNaceCode}: the shape of a section, division, group or class code. Rev. 2 has
 * sections A to U, Rev. 2.1 adds V.
 */
public final class NaceCodeValidator implements ConstraintValidator<ValidNaceCode, NaceCode> {

  @Override
  public boolean isValid(NaceCode nace, ConstraintValidatorContext context) {
    if (nace == null) {
      return true;
    }
    Pattern shape = nace.revision() == NaceRevision.REV_2 ? Syntax.NACE_2 : Syntax.NACE_2_1;
    return shape.matcher(nace.code()).matches();
  }
}
