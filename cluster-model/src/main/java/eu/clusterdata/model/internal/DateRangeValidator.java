package eu.clusterdata.model.internal;

import eu.clusterdata.model.constraints.ValidDateRange;
import eu.clusterdata.model.value.DateRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidDateRange}. */
public final class DateRangeValidator implements ConstraintValidator<ValidDateRange, DateRange> {

  @Override
  public boolean isValid(DateRange range, ConstraintValidatorContext context) {
    return range == null || range.isOrdered();
  }
}
