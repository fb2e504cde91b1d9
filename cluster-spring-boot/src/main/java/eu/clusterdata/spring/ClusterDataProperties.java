package eu.clusterdata.spring;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code clusterdata.*} properties. A comment in a properties file stands on a line of its own:
 * after a value, {@code #} is part of the value.
 *
 * <pre>
 * # What the ProfileValidator bean checks (default: core)
 * clusterdata.rule-sets=core,eccp
 * # A ProfileStore bean: mem:, a TDB2 directory, or a SPARQL 1.1 server's dataset URL (none by default)
 * clusterdata.store.location=mem:
 * # For a server that wants a login: user and password, or a bearer token
 * clusterdata.store.user=...
 * clusterdata.store.password=...
 * # The status of a profile the rules refuse (default 422); problem details off with false
 * clusterdata.web.findings-status=422
 * clusterdata.web.problems=true
 * </pre>
 */
@ConfigurationProperties("clusterdata")
public class ClusterDataProperties {

  /** The rule sets the validator checks: core, eccp, eucles, publication. */
  private List<String> ruleSets = List.of("core");

  private final Store store = new Store();

  private final Web web = new Web();

  public List<String> getRuleSets() {
    return ruleSets;
  }

  public void setRuleSets(List<String> ruleSets) {
    this.ruleSets = List.copyOf(ruleSets);
  }

  public Store getStore() {
    return store;
  }

  public Web getWeb() {
    return web;
  }

  /** How a web application answers a client's mistake with a profile. */
  public static class Web {

    /** The status of a profile the rules refuse: 422 (Unprocessable Content) by default. */
    private int findingsStatus = 422;

    /** Whether unreadable and refused profiles are answered with problem details (default). */
    private boolean problems = true;

    public int getFindingsStatus() {
      return findingsStatus;
    }

    public void setFindingsStatus(int findingsStatus) {
      if (findingsStatus < 400 || findingsStatus > 499) {
        throw new IllegalArgumentException(
            "clusterdata.web.findings-status is a client error, 400 to 499, not " + findingsStatus);
      }
      this.findingsStatus = findingsStatus;
    }

    public boolean isProblems() {
      return problems;
    }

    public void setProblems(boolean problems) {
      this.problems = problems;
    }
  }

  /** The store the application reads and writes profiles in. */
  public static class Store {

    /** {@code mem:}, a TDB2 directory, or a SPARQL 1.1 server's dataset URL; none if empty. */
    private @Nullable String location;

    /** The user name for a server that wants a login; with {@link #password}. */
    private @Nullable String user;

    /** The password for a server that wants a login; never logged. */
    private @Nullable String password;

    /** A bearer token for a server that wants one, instead of user and password. */
    private @Nullable String token;

    public @Nullable String getLocation() {
      return location;
    }

    public void setLocation(@Nullable String location) {
      this.location = location;
    }

    public @Nullable String getUser() {
      return user;
    }

    public void setUser(@Nullable String user) {
      this.user = user;
    }

    public @Nullable String getPassword() {
      return password;
    }

    public void setPassword(@Nullable String password) {
      this.password = password;
    }

    public @Nullable String getToken() {
      return token;
    }

    public void setToken(@Nullable String token) {
      this.token = token;
    }
  }
}
