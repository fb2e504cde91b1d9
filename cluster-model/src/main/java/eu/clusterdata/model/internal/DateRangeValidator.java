package eu.clusterdata.model.internal;

import eu.clusterdata.model.DateRange;
import eu.clusterdata.model.constraints.ValidDateRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidDateRange}. */
public final class DateRangeValidator implements ConstraintValidator<ValidDateRange, DateRange> {

  @Override
  public boolean isValid(DateRange range, ConstraintValidatorContext context) {
    return range == null || range.isOrdered();
  }
}
