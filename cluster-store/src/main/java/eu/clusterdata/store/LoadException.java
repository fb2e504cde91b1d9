package eu.clusterdata.store;

import java.util.Objects;

/**
 * An {@linkplain LoadMode#ATOMIC atomic} load found bad records and stored nothing. The report
 * lists every bad record of the source.
 */
public final class LoadException extends ProfileStoreException {
  private static final long serialVersionUID = 1L;

  private final transient LoadReport report;

  /** Creates the exception for a load that stored nothing. */
  public LoadException(LoadReport report) {
    super(message(Objects.requireNonNull(report, "report")));
    this.report = report;
  }

  /** Returns what the load found; {@code stored()} is 0. */
  public LoadReport report() {
    return report;
  }

  private static String message(LoadReport report) {
    StringBuilder text =
        new StringBuilder()
            .append(report.problems().size())
            .append(" of ")
            .append(report.read())
            .append(" records are bad; nothing was stored. First: ");
    text.append(report.problems().isEmpty() ? "(none)" : report.problems().get(0));
    return text.toString();
  }
}
