package eu.clusterdata.model.internal;

import eu.clusterdata.model.constraints.ValidCountryCode;
import eu.clusterdata.model.value.CountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidCountryCode} against the ISO 3166-1 list that the JDK ships. */
public final class CountryCodeValidator
    implements ConstraintValidator<ValidCountryCode, CountryCode> {

  @Override
  public boolean isValid(CountryCode country, ConstraintValidatorContext context) {
    return country == null || Syntax.isCountryCode(country.code());
  }
}
