package eu.clusterdata.store.internal;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.http.auth.AuthChallenge;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP client that proves who is asking with one store's {@link Login}, and only that store's: a
 * bearer token on every request, or a user and password answered to the server's Basic or Digest
 * challenge (RFC 7617, RFC 7616 with MD5). Nothing is registered with Jena or the JVM, so two
 * stores on one endpoint under two logins each ask as their own user.
 *
 * <p>Once the server has challenged, later requests carry the answer from the start (Digest with a
 * counted nonce), so a large update is not sent once without it only to be refused; a stale nonce
 * is answered again once. Thread-safe.
 */
final class LoginClient extends HttpClient {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpClient client;
  private final Login login;

  /** The server's last challenge, answered from the start of later requests; null before one. */
  private final AtomicReference<Challenge> challenge = new AtomicReference<>();

  LoginClient(HttpClient client, Login login) {
    this.client = client;
    this.login = login;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    Challenge known = challenge.get();
    HttpResponse<T> response = client.send(authorized(request, known), handler);
    Challenge fresh = challengeOf(response, known);
    return fresh == null ? response : client.send(authorized(request, fresh), handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    Challenge known = challenge.get();
    return client
        .sendAsync(authorized(request, known), handler)
        .thenCompose(
            response -> {
              Challenge fresh = challengeOf(response, known);
              return fresh == null
                  ? CompletableFuture.completedFuture(response)
                  : client.sendAsync(authorized(request, fresh), handler);
            });
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushes) {
    return sendAsync(request, handler);
  }

  /**
   * The challenge to answer again, if {@code response} is a 401 with one that differs from what the
   * request answered (a first challenge, or a new nonce); null to keep the response.
   */
  private @Nullable Challenge challengeOf(HttpResponse<?> response, @Nullable Challenge answered) {
    if (response.statusCode() != 401 || login.isBearer()) {
      return null;
    }
    Challenge fresh = Challenge.of(response.headers());
    if (fresh == null || Objects.equals(fresh, answered)) {
      return null; // the credentials themselves are refused
    }
    challenge.set(fresh);
    return fresh;
  }

  /** The request with the store's proof of who is asking, as far as it is known yet. */
  private HttpRequest authorized(HttpRequest request, @Nullable Challenge known) {
    String authorization;
    if (login.isBearer()) {
      authorization = "Bearer " + new String(login.secret());
    } else if (known == null) {
      return request;
    } else if (known.scheme == AuthScheme.BASIC) {
      String pair = login.user() + ":" + new String(login.secret());
      authorization =
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    } else {
      authorization = known.digest(login, request);
    }
    return HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"))
        .header("Authorization", authorization)
        .build();
  }

  /** A server's challenge: Digest preferred over Basic, as browsers and Jena choose. */
  private static final class Challenge {
    final AuthScheme scheme;
    final String realm;
    final String nonce;
    final String opaque;
    final boolean qopAuth;
    final boolean session;
    private long count;

    private Challenge(AuthChallenge parsed) {
      this.scheme = parsed.authScheme;
      this.realm = parsed.realm == null ? "" : parsed.realm;
      this.nonce = parsed.nonce;
      this.opaque = parsed.opaque;
      this.qopAuth =
          parsed.qop != null
              && java.util.Arrays.stream(parsed.qop.split(","))
                  .anyMatch(q -> q.strip().equalsIgnoreCase("auth"));
      String algorithm = parsed.authParams.getOrDefault("algorithm", "MD5");
      this.session = algorithm.toLowerCase(Locale.ROOT).endsWith("-sess");
    }

    static @Nullable Challenge of(HttpHeaders headers) {
      @Nullable Challenge basic = null;
      for (String value : headers.allValues("WWW-Authenticate")) {
        AuthChallenge parsed = AuthChallenge.parse(value);
        if (parsed == null) {
          continue;
        }
        if (parsed.authScheme == AuthScheme.DIGEST && parsed.nonce != null) {
          return new Challenge(parsed);
        }
        if (parsed.authScheme == AuthScheme.BASIC && basic == null) {
          basic = new Challenge(parsed);
        }
      }
      return basic;
    }

    /** The Digest answer for {@code request}, the nonce counted once more. */
    String digest(Login login, HttpRequest request) {
      long nc;
      synchronized (this) {
        nc = ++count;
      }
      String target = request.uri().getRawPath();
      if (target == null || target.isEmpty()) {
        target = "/";
      }
      if (request.uri().getRawQuery() != null) {
        target += "?" + request.uri().getRawQuery();
      }
      String counter = String.format(Locale.ROOT, "%08x", nc);
      byte[] random = new byte[12];
      RANDOM.nextBytes(random);
      String cnonce = HexFormat.of().formatHex(random);
      String ha1 = md5(login.user() + ":" + realm + ":" + new String(login.secret()));
      if (session) {
        ha1 = md5(ha1 + ":" + nonce + ":" + cnonce);
      }
      String ha2 = md5(request.method() + ":" + target);
      String response =
          qopAuth
              ? md5(ha1 + ":" + nonce + ":" + counter + ":" + cnonce + ":auth:" + ha2)
              : md5(ha1 + ":" + nonce + ":" + ha2);
      StringBuilder header =
          new StringBuilder("Digest username=\"")
              .append(login.user())
              .append("\", realm=\"")
              .append(realm)
              .append("\", nonce=\"")
              .append(nonce)
              .append("\", uri=\"")
              .append(target)
              .append("\", algorithm=")
              .append(session ? "MD5-sess" : "MD5")
              .append(", response=\"")
              .append(response)
              .append('"');
      if (qopAuth) {
        header.append(", qop=auth, nc=").append(counter).append(", cnonce=\"").append(cnonce);
        header.append('"');
      }
      if (opaque != null) {
        header.append(", opaque=\"").append(opaque).append('"');
      }
      return header.toString();
    }

    private static String md5(String text) {
      try {
        return HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has MD5", e);
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Challenge that
          && scheme == that.scheme
          && realm.equals(that.realm)
          && java.util.Objects.equals(nonce, that.nonce);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(scheme, realm, nonce);
    }
  }

  // What the store's HttpClient was built with, unchanged.

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return client.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return client.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return client.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return client.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return client.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return client.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return client.authenticator();
  }

  @Override
  public Version version() {
    return client.version();
  }

  @Override
  public Optional<Executor> executor() {
    return client.executor();
  }
}
