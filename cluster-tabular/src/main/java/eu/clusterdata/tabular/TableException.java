package eu.clusterdata.tabular;

import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tables that cannot be read as profiles at all: not a workbook or archive, no {@code clusters}
 * sheet, a sheet or column the layout does not have, rows that belong to no cluster. Its {@link
 * #problems()} say which sheet, row and column. Code {@code tabular.structure}, or {@code
 * tabular.file} when the file itself cannot be read.
 */
public class TableException extends ClusterDataException {

  private static final long serialVersionUID = 1L;

  public TableException(String code, List<Problem> problems, @Nullable Throwable cause) {
    super(code, problems, cause);
  }
}
