package eu.clusterdata.spring;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code clusterdata.*} properties.
 *
 * <pre>
 * clusterdata.rule-sets=core,eccp          # what the ProfileValidator bean checks (default: core)
 * clusterdata.store.location=mem:          # a ProfileStore bean: mem:, a TDB2 directory, or a
 *                                          # SPARQL 1.1 server's dataset URL (none by default)
 * clusterdata.store.user=...               # for a server that wants a login, with .password,
 * clusterdata.store.password=...           # or clusterdata.store.token
 * </pre>
 */
@ConfigurationProperties("clusterdata")
public class ClusterDataProperties {

  /** The rule sets the validator checks: core, eccp, eucles, publication. */
  private List<String> ruleSets = List.of("core");

  private final Store store = new Store();

  public List<String> getRuleSets() {
    return ruleSets;
  }

  public void setRuleSets(List<String> ruleSets) {
    this.ruleSets = List.copyOf(ruleSets);
  }

  public Store getStore() {
    return store;
  }

  /** The store the application reads and writes profiles in. */
  public static class Store {

    /** {@code mem:}, a TDB2 directory, or a SPARQL 1.1 server's dataset URL; none if empty. */
    private String location;

    /** The user name for a server that wants a login; with {@link #password}. */
    private String user;

    /** The password for a server that wants a login; never logged. */
    private String password;

    /** A bearer token for a server that wants one, instead of user and password. */
    private String token;

    public String getLocation() {
      return location;
    }

    public void setLocation(String location) {
      this.location = location;
    }

    public String getUser() {
      return user;
    }

    public void setUser(String user) {
      this.user = user;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public String getToken() {
      return token;
    }

    public void setToken(String token) {
      this.token = token;
    }
  }
}
