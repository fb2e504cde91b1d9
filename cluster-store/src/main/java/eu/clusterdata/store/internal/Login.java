package eu.clusterdata.store.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a remote back end sends to prove who is asking: a user and password (answered to the
 * server's Basic or Digest challenge) or, without a user, a bearer token. The secret is never
 * shown.
 */
public final class Login {

  private final @Nullable String user;
  private final char[] secret;

  /**
   * @param user the user name, or {@code null} for a bearer token
   * @param secret the password or token
   */
  public Login(@Nullable String user, char[] secret) {
    this.user = user;
    this.secret = Objects.requireNonNull(secret, "secret").clone();
  }

  /** The user name, or {@code null} for a bearer token. */
  public @Nullable String user() {
    return user;
  }

  /** The password or token. */
  public char[] secret() {
    return secret.clone();
  }

  /** Whether the secret is a bearer token. */
  public boolean isBearer() {
    return user == null;
  }

  @Override
  public String toString() {
    return "Login[" + (user == null ? "bearer token" : user) + "]";
  }
}
