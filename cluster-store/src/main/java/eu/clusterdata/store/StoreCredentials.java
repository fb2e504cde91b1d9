package eu.clusterdata.store;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a store on a SPARQL server learns who is asking: a user name and password, sent as the server
 * asks (HTTP Basic, or Digest as Virtuoso wants), or a bearer token sent with every request. Never
 * part of an address: an address with user information in it is refused.
 *
 * <p>The secret is kept as characters and never shown: not by {@link #toString()}, not in any
 * message or exception of the library. Immutable and thread-safe.
 *
 * <pre>{@code
 * StoreCredentials writer = StoreCredentials.password("admin", System.console().readPassword());
 * try (ProfileStore store = ProfileStore.builder()
 *     .server(URI.create("http://localhost:3030/clusters"))
 *     .credentials(writer)
 *     .open()) {
 *   ...
 * }
 * }</pre>
 */
public final class StoreCredentials {

  private final @Nullable String user;
  private final char[] secret;

  private StoreCredentials(@Nullable String user, char[] secret) {
    this.user = user;
    this.secret = secret.clone();
  }

  /**
   * A user name and password, given as the server asks for them: HTTP Basic or HTTP Digest (Apache
   * Jena Fuseki with a password file, OpenLink Virtuoso's authenticated endpoints).
   */
  public static StoreCredentials password(String user, char[] password) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (user.isBlank() || user.indexOf(':') >= 0) {
      throw new IllegalArgumentException("a user name is not blank and has no colon");
    }
    return new StoreCredentials(user, password);
  }

  /** A bearer token, sent with every request ({@code Authorization: Bearer …}). */
  public static StoreCredentials bearer(char[] token) {
    Objects.requireNonNull(token, "token");
    if (token.length == 0) {
      throw new IllegalArgumentException("a bearer token is not empty");
    }
    return new StoreCredentials(null, token);
  }

  /** The user name, or {@code null} for a bearer token. */
  public @Nullable String user() {
    return user;
  }

  /** Whether these are a bearer token rather than a user name and password. */
  public boolean isBearer() {
    return user == null;
  }

  /** The secret, as a copy; for the store's connection only. */
  char[] secret() {
    return secret.clone();
  }

  /** Names the kind and the user, never the secret: {@code StoreCredentials[password of admin]}. */
  @Override
  public String toString() {
    return "StoreCredentials[" + (user == null ? "bearer token" : "password of " + user) + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoreCredentials that
        && Objects.equals(user, that.user)
        && Arrays.equals(secret, that.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(user, Arrays.hashCode(secret));
  }
}
