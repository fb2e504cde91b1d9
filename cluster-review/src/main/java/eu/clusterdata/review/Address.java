package eu.clusterdata.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says, once the server listens, the address to open: what a person starting it looks for. */
@Component
final class Address implements ApplicationListener<WebServerInitializedEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(Address.class);

  private final Environment environment;

  Address(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    String host = environment.getProperty("server.address", "127.0.0.1");
    LOG.info(
        "The review page is at http://{}:{}/",
        host.contains(":") ? "[" + host + "]" : host,
        event.getWebServer().getPort());
  }
}
