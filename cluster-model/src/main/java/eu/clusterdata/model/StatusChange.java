package eu.clusterdata.model;

import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.internal.Checks;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A step in the history of an {@link ImpulseUptake}: the status it reached on a day, so that
 * progress can be followed. Immutable and thread-safe.
 *
 * @param status the status reached
 * @param date the day it was reached
 */
public record StatusChange(@NotNull ImpulseStatus status, @NotNull LocalDate date) {

  public StatusChange {
    Checks.required(status, "status");
    Checks.required(date, "date");
  }

  /** Returns the change to {@code status} on {@code date}. */
  public static StatusChange of(ImpulseStatus status, LocalDate date) {
    return new StatusChange(status, date);
  }
}
