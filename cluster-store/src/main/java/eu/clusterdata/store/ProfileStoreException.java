package eu.clusterdata.store;

/**
 * The store could not do what was asked: the back end failed (a server gone, a disk full) or a
 * query is not valid SPARQL. The message names the store and what to do.
 */
public class ProfileStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and its cause. */
  public ProfileStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates an exception with a message. */
  public ProfileStoreException(String message) {
    super(message);
  }
}
