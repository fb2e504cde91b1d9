package eu.clusterdata.store.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a store waits for a SPARQL server: to connect, for one query, and for one update (a
 * batch of a bulk load, which the server applies whole or not at all). A server that hangs does not
 * hang the caller.
 *
 * @param connect how long to wait for a connection
 * @param query how long one query may take
 * @param update how long one update may take
 */
public record Timeouts(Duration connect, Duration query, Duration update) {

  /** 30 seconds to connect, 2 minutes for a query, 30 minutes for an update. */
  public static final Timeouts DEFAULT =
      new Timeouts(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(30));

  public Timeouts {
    for (Duration duration : new Duration[] {connect, query, update}) {
      Objects.requireNonNull(duration, "timeout");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("a timeout is positive: " + duration);
      }
    }
  }
}
