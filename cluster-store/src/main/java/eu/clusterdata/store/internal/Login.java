package eu.clusterdata.store.internal;

import java.util.Objects;

/**
 * What a remote back end sends to prove who is asking: a user and password (answered to the
 * server's Basic or Digest challenge) or, without a user, a bearer token. The secret is never
 * shown.
 *
 * @param user the user name, or {@code null} for a bearer token
 * @param secret the password or token
 */
public record Login(String user, char[] secret) {

  public Login {
    Objects.requireNonNull(secret, "secret");
  }

  /** Whether the secret is a bearer token. */
  public boolean isBearer() {
    return user == null;
  }

  @Override
  public String toString() {
    return "Login[" + (user == null ? "bearer token" : user) + "]";
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
