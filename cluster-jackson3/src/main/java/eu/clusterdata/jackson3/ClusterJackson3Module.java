package eu.clusterdata.jackson3;

import eu.clusterdata.jackson3.internal.ModelDeserializers;
import eu.clusterdata.jackson3.internal.ModelSerializers;
import eu.clusterdata.json.ClusterJsonModule;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module ({@code tools.jackson}, as Spring Boot 4 uses it): with it, any Jackson 3
 * {@code JsonMapper} writes and reads model values, a {@code ClusterProfile} as a whole profile
 * document with its format version, exactly as {@code ClusterJson} and the Jackson 2 {@link
 * ClusterJsonModule} do.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ClusterJackson3Module()).build();
 * String json = mapper.writeValueAsString(profile);
 * ClusterProfile back = mapper.readValue(json, ClusterProfile.class);
 * }</pre>
 *
 * <p>Also found by {@code JsonMapper.builder().findAndAddModules()}; Spring Boot 4 registers it
 * when it is a bean. The format is not written twice: each model value is handed to the codecs of
 * cluster-json, which follow the model's one description, token by token, without text in between.
 * Immutable and thread-safe. Readers made this way reject unknown fields and stop at the first
 * problem; use {@code ClusterJson} for lenient reading, streaming and reports of every problem.
 */
public final class ClusterJackson3Module extends JacksonModule {

  private static final Version VERSION = version(new ClusterJsonModule().version());

  /** Creates the module; {@code ServiceLoader} calls this too. */
  public ClusterJackson3Module() {}

  @Override
  public String getModuleName() {
    return "cluster-jackson3";
  }

  /** Returns this release, the same as cluster-json's. */
  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new ModelSerializers());
    context.addDeserializers(new ModelDeserializers());
  }

  private static Version version(com.fasterxml.jackson.core.Version json) {
    return new Version(
        json.getMajorVersion(),
        json.getMinorVersion(),
        json.getPatchLevel(),
        json.isSnapshot() ? "SNAPSHOT" : null,
        "eu.clusterdata",
        "cluster-jackson3");
  }
}
