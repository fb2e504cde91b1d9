package eu.clusterdata.store;

import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The store could not do what was asked: the back end failed (a server gone, a disk full) or a
 * query is not valid SPARQL. The message names the store and what to do.
 */
public class ProfileStoreException extends ClusterDataException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and its cause. */
  public ProfileStoreException(String message, @Nullable Throwable cause) {
    super("store", message, cause);
  }

  /**
   * Creates an exception with these problems, {@code subject} leading its message.
   *
   * @param code the kind of problem, such as {@code load.refused}
   */
  protected ProfileStoreException(String code, Message subject, List<Problem> problems) {
    super(code, subject, problems, null);
  }

  /** Creates an exception with a message. */
  public ProfileStoreException(String message) {
    super("store", message, null);
  }
}
