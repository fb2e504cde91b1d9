package eu.clusterdata.model.value;

import eu.clusterdata.model.constraints.EmptyValue;
import eu.clusterdata.model.constraints.ValidDateRange;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A period of days, open at either end where the date is not known or not yet fixed. The validator
 * reports a range that ends before it starts. Immutable and thread-safe.
 *
 * @param start the first day, or {@code null} when unknown
 * @param end the last day, or {@code null} when open-ended
 */
@ValidDateRange
public record DateRange(@Nullable LocalDate start, @Nullable LocalDate end) {

  /** A range with neither start nor end: always. */
  @EmptyValue public static final DateRange ALWAYS = new DateRange(null, null);

  /** Returns the range from {@code start} to {@code end}; either may be {@code null}. */
  public static DateRange of(@Nullable LocalDate start, @Nullable LocalDate end) {
    return new DateRange(start, end);
  }

  /** Returns the range that starts on {@code start} and has no end. */
  public static DateRange since(@Nullable LocalDate start) {
    return new DateRange(start, null);
  }

  /** Returns whether {@code day} lies in this range (both ends included). */
  public boolean contains(LocalDate day) {
    return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
  }

  /** Returns whether the range is well formed: it does not end before it starts. */
  public boolean isOrdered() {
    return start == null || end == null || !end.isBefore(start);
  }

  @Override
  public String toString() {
    return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
  }
}
