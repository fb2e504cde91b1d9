package eu.clusterdata.store;

import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An {@linkplain LoadMode#ATOMIC atomic} load found bad records and stored nothing ({@code
 * load.refused}). The report lists every bad record; the problems say why per record, each led by
 * the record's location.
 */
public final class LoadException extends ProfileStoreException {
  private static final long serialVersionUID = 1L;

  private final transient LoadReport report;

  /** Creates the exception for a load that stored nothing. */
  public LoadException(LoadReport report) {
    super(
        "load.refused",
        Message.of("load.refused", report.refused().size(), report.read()),
        problems(Objects.requireNonNull(report, "report")));
    this.report = report;
  }

  private static List<Problem> problems(LoadReport report) {
    List<Problem> problems = new ArrayList<>();
    for (ProfileRecord record : report.refused()) {
      problems.addAll(record.locatedReasons());
    }
    if (problems.isEmpty()) {
      problems.add(new Problem("load.refused", "", 0, 0, Message.of("write.refused.why")));
    }
    return problems;
  }

  /** Returns what the load found; {@code stored()} is 0. */
  public LoadReport report() {
    return report;
  }
}
