package eu.clusterdata.store;

import eu.clusterdata.model.ClusterDataException;

/**
 * The store could not do what was asked: the back end failed (a server gone, a disk full) or a
 * query is not valid SPARQL. The message names the store and what to do.
 */
public class ProfileStoreException extends ClusterDataException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and its cause. */
  public ProfileStoreException(String message, Throwable cause) {
    super("store", message, cause);
  }

  /** Creates an exception with a message. */
  public ProfileStoreException(String message) {
    super("store", message, null);
  }
}
