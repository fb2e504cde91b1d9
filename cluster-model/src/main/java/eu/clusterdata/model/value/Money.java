package eu.clusterdata.model.value;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in an ISO 4217 currency. Amounts in this domain (budgets, funding) are never
 * negative; the validator reports one that is. Immutable and thread-safe.
 *
 * @param amount the amount, exactly as given (no rounding)
 * @param currency the currency
 */
public record Money(@NotNull @PositiveOrZero BigDecimal amount, @NotNull Currency currency) {

  private static final Currency EUR = Currency.getInstance("EUR");

  public Money {
    amount = eu.clusterdata.model.internal.Checks.decimal(Objects.requireNonNull(amount, "amount"));
    Objects.requireNonNull(currency, "currency");
  }

  /** Returns an amount in euro. */
  public static Money euro(BigDecimal amount) {
    return new Money(amount, EUR);
  }

  /** Returns an amount in euro. */
  public static Money euro(long amount) {
    return euro(BigDecimal.valueOf(amount));
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
