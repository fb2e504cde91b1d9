package eu.clusterdata.spring;

import eu.clusterdata.jackson3.ClusterJackson3Module;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.store.ProfileStore;
import eu.clusterdata.store.StoreCredentials;
import java.util.Objects;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Spring Boot 4 auto-configuration of the library: Boot's Jackson 3 mapper writes and reads the
 * library's JSON format (a {@link ClusterJackson3Module} bean, which Boot adds to its mapper); a
 * web application serves and reads a {@code ClusterProfile} as JSON (the default), Turtle, JSON-LD,
 * N-Triples, RDF/XML, TriG and N-Quads by content negotiation ({@link
 * ProfileHttpMessageConverter}); a {@link ProfileValidator} and, when {@code
 * clusterdata.store.location} is set, a {@link ProfileStore} are beans (see {@link
 * ClusterDataProperties}); a {@code @Valid @RequestBody ClusterProfile} is checked with that
 * validator ({@link ProfileValidationAdvice}); and a body that cannot be read or a profile the
 * rules refuse is answered with an RFC 9457 problem detail ({@link ProfileProblemAdvice}; off with
 * {@code clusterdata.web.problems=false}). Every bean steps aside for one the application declares
 * itself.
 */
@AutoConfiguration
@EnableConfigurationProperties(ClusterDataProperties.class)
public class ClusterDataAutoConfiguration {

  /** The library's JSON format in Boot's Jackson 3 mapper. */
  @Bean
  @ConditionalOnMissingBean
  public ClusterJackson3Module clusterJackson3Module() {
    return new ClusterJackson3Module();
  }

  /** The validator, with the rule sets of {@code clusterdata.rule-sets}. */
  @Bean
  @ConditionalOnMissingBean
  public ProfileValidator profileValidator(ClusterDataProperties properties) {
    return ProfileValidator.builder()
        .ruleSets(
            properties.getRuleSets().stream()
                .map(ClusterDataAutoConfiguration::ruleSet)
                .toArray(RuleSet[]::new))
        .build();
  }

  private static RuleSet ruleSet(String name) {
    try {
      return RuleSet.ofCode(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("clusterdata.rule-sets: " + e.getMessage(), e);
    }
  }

  /** The store at {@code clusterdata.store.location}; closed with the application. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnProperty("clusterdata.store.location")
  public ProfileStore profileStore(ClusterDataProperties properties) {
    ClusterDataProperties.Store store = properties.getStore();
    StoreCredentials login = null;
    if (store.getToken() != null) {
      login = StoreCredentials.bearer(store.getToken().toCharArray());
    } else if (store.getUser() != null) {
      login =
          StoreCredentials.password(
              store.getUser(),
              store.getPassword() == null ? new char[0] : store.getPassword().toCharArray());
    }
    String location =
        Objects.requireNonNull(store.getLocation(), "clusterdata.store.location is set");
    return ProfileStore.builder().location(location).credentials(login).open();
  }

  /** Every format of a profile by content negotiation, in a web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ServerHttpMessageConvertersCustomizer.class)
  static class Web {

    @Bean
    ServerHttpMessageConvertersCustomizer clusterDataProfileConverter() {
      return converters -> converters.addCustomConverter(new ProfileHttpMessageConverter());
    }
  }

  /** {@code @Valid @RequestBody ClusterProfile} checked; problems as RFC 9457 problem details. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(RequestBodyAdviceAdapter.class)
  static class Validation {

    @Bean
    @ConditionalOnMissingBean
    ProfileValidationAdvice profileValidationAdvice(ProfileValidator validator) {
      return new ProfileValidationAdvice(validator);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "clusterdata.web.problems", matchIfMissing = true)
    ProfileProblemAdvice profileProblemAdvice(ClusterDataProperties properties) {
      return new ProfileProblemAdvice(properties);
    }
  }
}
