package eu.clusterdata.review;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Starts the review page and its API: {@code java -jar clusterdata-review.jar [FILE...]} serves
 * {@code http://127.0.0.1:8080/}; the files named are offered on the page as examples to review.
 * Settings are Spring Boot properties ({@code --server.port=8090}, {@code
 * --clusterdata.review.token=...}); see {@link ReviewSettings}.
 */
@SpringBootApplication
@EnableConfigurationProperties(ReviewSettings.class)
public class ReviewApplication {

  /** Starts the application; arguments that are not options name example files. */
  public static void main(String[] args) {
    SpringApplication.run(ReviewApplication.class, args);
  }
}
