package eu.clusterdata.io;

import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Nothing was written: a {@link ProfileSink} refused a record and bad records may not be skipped
 * ({@code write.refused}), or there was nothing to write ({@code write.empty}). The {@linkplain
 * #report() report} lists every refused record with why; the problems say it per record, each with
 * the record's location.
 */
public class WriteRefusedException extends ClusterDataException {

  private static final long serialVersionUID = 1L;

  private final transient WriteReport report;

  WriteRefusedException(String code, WriteReport report) {
    super(
        code,
        code.equals("write.empty")
            ? Message.of("write.empty", report.offered())
            : Message.of("write.refused", report.refused().size(), report.offered()),
        problems(code, report),
        null);
    this.report = report;
  }

  private static List<Problem> problems(String code, WriteReport report) {
    List<Problem> problems = new ArrayList<>();
    report.refused().forEach(record -> problems.addAll(record.locatedReasons()));
    if (problems.isEmpty()) {
      problems.add(new Problem(code, "", 0, 0, Message.of(code + ".why")));
    }
    return problems;
  }

  /** Returns what the sink was offered and refused. */
  public WriteReport report() {
    return report;
  }
}
