package eu.clusterdata.cli;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.store.ProfileStore;
import eu.clusterdata.store.ProfileStoreException;
import eu.clusterdata.store.StoreCredentials;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --store} option that {@code load} and {@code query} share. */
final class StoreOption {

  @Option(
      names = {"-s", "--store"},
      required = true,
      paramLabel = "LOCATION",
      description =
          "A directory for an embedded TDB2 store (load creates one where there is none; query and"
              + " the others refuse a directory that holds no store), or the dataset URL of a"
              + " SPARQL 1.1 server such as http://localhost:3030/clusters.")
  String location;

  @Option(
      names = "--credentials",
      paramLabel = "FILE",
      description =
          "For a SPARQL server that wants a login: a file readable by its owner only, with the"
              + " lines user=NAME and password=SECRET, or token=SECRET. Or set the environment"
              + " variables CLUSTERDATA_STORE_USER and CLUSTERDATA_STORE_PASSWORD, or"
              + " CLUSTERDATA_STORE_TOKEN. Never put a password into --store.")
  @Nullable Path credentials;

  /** The option as given to a command that names it otherwise ({@code --merge-into}). */
  static StoreOption of(String location, @Nullable Path credentials) {
    StoreOption option = new StoreOption();
    option.location = location;
    option.credentials = credentials;
    return option;
  }

  /** Every profile of the store, which must exist; {@code name} is the option, for messages. */
  List<ClusterProfile> readAll(Map<String, String> environment, String name) {
    List<ClusterProfile> profiles = new ArrayList<>();
    try (ProfileStore store = open(false, environment)) {
      for (Iri id : store.ids()) {
        store.get(id).ifPresent(profiles::add);
      }
    } catch (ProfileStoreException e) {
      throw CliException.because(e, "named", name, e.getMessage());
    }
    return profiles;
  }

  /** Opens the store, creating an embedded one if the directory does not exist (for load). */
  ProfileStore open(Map<String, String> environment) {
    return open(true, environment);
  }

  /**
   * Opens the store; an embedded store whose directory does not exist, or holds no store, is
   * created only if {@code create}, and refused otherwise, so that a mistyped path is an error
   * rather than an empty answer.
   */
  ProfileStore open(boolean create, Map<String, String> environment) {
    if (location.equals("mem:")) {
      throw CliException.of("store.mem");
    }
    boolean remote = location.startsWith("http://") || location.startsWith("https://");
    if (!create && !remote && !isStore(Path.of(location))) {
      throw CliException.of(
          Files.exists(Path.of(location)) ? "store.no-store" : "store.missing", location);
    }
    StoreCredentials login = remote ? credentials(environment) : null;
    try {
      return ProfileStore.builder().location(location).credentials(login).open();
    } catch (ProfileStoreException | IllegalArgumentException e) {
      throw CliException.because(e, "store.failed", e.getMessage());
    }
  }

  /** Whether a directory holds a TDB2 store: TDB2 keeps its data in {@code Data-NNNN}. */
  private static boolean isStore(Path directory) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    } catch (IOException e) {
      return false;
    }
  }

  /** The credentials from the file or the environment, or null to ask anonymously. */
  private @Nullable StoreCredentials credentials(Map<String, String> environment) {
    if (credentials != null) {
      return fromFile(credentials);
    }
    String token = environment.get("CLUSTERDATA_STORE_TOKEN");
    String user = environment.get("CLUSTERDATA_STORE_USER");
    String password = environment.get("CLUSTERDATA_STORE_PASSWORD");
    if (token != null && !token.isEmpty()) {
      return StoreCredentials.bearer(token.toCharArray());
    }
    if (user != null && password != null) {
      return StoreCredentials.password(user, password.toCharArray());
    }
    if (user != null || password != null) {
      throw CliException.of("store.user-and-password");
    }
    return null;
  }

  private static StoreCredentials fromFile(Path file) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      for (PosixFilePermission open :
          List.of(
              PosixFilePermission.GROUP_READ,
              PosixFilePermission.OTHERS_READ,
              PosixFilePermission.GROUP_WRITE,
              PosixFilePermission.OTHERS_WRITE)) {
        if (permissions.contains(open)) {
          throw CliException.of("credentials.open", file);
        }
      }
    } catch (UnsupportedOperationException notPosix) {
      // a file system without POSIX permissions: nothing to check
    } catch (NoSuchFileException e) {
      throw CliException.of("credentials.missing", file);
    } catch (IOException e) {
      throw CliException.because(e, "credentials.unreadable", file, e.getMessage());
    }
    Properties values = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      values.load(in);
    } catch (IOException e) {
      throw CliException.because(e, "credentials.unreadable", file, e.getMessage());
    }
    String token = values.getProperty("token");
    String user = values.getProperty("user");
    String password = values.getProperty("password");
    if (token != null && user == null && password == null) {
      return StoreCredentials.bearer(token.toCharArray());
    }
    if (token == null && user != null && password != null) {
      return StoreCredentials.password(user, password.toCharArray());
    }
    throw CliException.of("credentials.contents", file);
  }
}
