package eu.clusterdata.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import eu.clusterdata.json.internal.ModelSerialization;

/**
 * The Jackson module for applications that bind cluster-model values inside their own types with an
 * {@code ObjectMapper}. It writes and reads exactly the format of {@link ClusterJson}; a {@code
 * ClusterProfile} is always a whole profile document, with its format version.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterJsonModule());
 * }</pre>
 *
 * <p>Also found by {@code ObjectMapper.findAndRegisterModules()}. Immutable and thread-safe.
 * Readers made this way reject unknown fields and stop at the first problem; use {@link
 * ClusterJson} for lenient reading, streaming and reports of every problem.
 */
public final class ClusterJsonModule extends Module {

  /** Creates the module; {@code ServiceLoader} calls this too. */
  public ClusterJsonModule() {}

  @Override
  public String getModuleName() {
    return "cluster-json";
  }

  /** Returns this release of cluster-json, as the build recorded it. */
  @Override
  public Version version() {
    return VERSION;
  }

  private static final Version VERSION = readVersion();

  private static Version readVersion() {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in =
        ModelSerialization.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (java.io.IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version"), "eu.clusterdata", "cluster-json");
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addDeserializers(ModelSerialization.deserializers());
    context.addSerializers(ModelSerialization.serializers());
  }
}
