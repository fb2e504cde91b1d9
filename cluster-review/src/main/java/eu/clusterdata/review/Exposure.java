package eu.clusterdata.review;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on an address other than loopback without an access token: whoever can reach the
 * port could otherwise use the server. Checked while the application starts, before the port is
 * opened.
 */
@Component
final class Exposure implements InitializingBean {

  /** The shortest token accepted: a guess should not find it. */
  static final int MIN_TOKEN_LENGTH = 16;

  private final Environment environment;
  private final ReviewSettings settings;

  Exposure(Environment environment, ReviewSettings settings) {
    this.environment = environment;
    this.settings = settings;
  }

  @Override
  public void afterPropertiesSet() throws UnknownHostException {
    String address = environment.getProperty("server.address", "");
    String token = settings.token();
    if (token != null && token.length() < MIN_TOKEN_LENGTH) {
      throw new IllegalStateException(
          "clusterdata.review.token is "
              + token.length()
              + " characters long; use at least "
              + MIN_TOKEN_LENGTH
              + " (such as the output of: openssl rand -hex 24)");
    }
    boolean loopback = !address.isEmpty() && InetAddress.getByName(address).isLoopbackAddress();
    if (!loopback && token == null) {
      throw new IllegalStateException(
          "the review server would listen on "
              + (address.isEmpty() ? "every address" : address)
              + " without an access token: set clusterdata.review.token (at least "
              + MIN_TOKEN_LENGTH
              + " characters), or listen on loopback (server.address=127.0.0.1, the default)");
    }
  }
}
