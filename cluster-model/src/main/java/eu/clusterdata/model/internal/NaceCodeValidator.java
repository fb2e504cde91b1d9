package eu.clusterdata.model.internal;

import eu.clusterdata.model.NaceCode;
import eu.clusterdata.model.NaceRevision;
import eu.clusterdata.model.constraints.ValidNaceCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link ValidNaceCode}: the shape of a section, division, group or class code. Rev. 2 has
 * sections A to U, Rev. 2.1 adds V.
 */
public final class NaceCodeValidator implements ConstraintValidator<ValidNaceCode, NaceCode> {

  private static final Pattern REV_2 = Pattern.compile("[A-U]|(0[1-9]|[1-9][0-9])(\\.[0-9]{1,2})?");
  private static final Pattern REV_2_1 =
      Pattern.compile("[A-V]|(0[1-9]|[1-9][0-9])(\\.[0-9]{1,2})?");

  @Override
  public boolean isValid(NaceCode nace, ConstraintValidatorContext context) {
    if (nace == null) {
      return true;
    }
    Pattern shape = nace.revision() == NaceRevision.REV_2 ? REV_2 : REV_2_1;
    return shape.matcher(nace.code()).matches();
  }
}
