package eu.clusterdata.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.clusterdata.jackson3.ClusterJackson3Module;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's JSON against the floor it adds cost to: Jackson's own data binding of the same
 * records (no module: a different JSON shape, the same object graph and the same binding work). And
 * what the Jackson 3 binding costs over the library's own JSON, which it hands every value to: a
 * Jackson 3 mapper with {@link ClusterJackson3Module}, the same documents. One operation is the
 * whole workload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {

  @Param({"small", "medium"})
  public String workload;

  private final ClusterJson json = ClusterJson.create();
  private ObjectMapper plain;
  private final JsonMapper jackson3 =
      JsonMapper.builder().addModule(new ClusterJackson3Module()).build();
  private List<ClusterProfile> profiles;
  private List<byte[]> libraryBytes;
  private List<byte[]> plainBytes;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

  @Setup
  public void setUp() throws IOException {
    plain =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(
                new SimpleModule().addDeserializer(Object.class, new ExtensionValueDeserializer()))
            .build();
    profiles = Workloads.named(workload);
    libraryBytes = new ArrayList<>();
    plainBytes = new ArrayList<>();
    for (ClusterProfile profile : profiles) {
      out.reset();
      json.writeProfile(profile, out);
      libraryBytes.add(out.toByteArray());
      plainBytes.add(plain.writeValueAsBytes(profile));
      plain.readValue(
          plainBytes.get(plainBytes.size() - 1), ClusterProfile.class); // the floor must work
    }
  }

  @Benchmark
  public void libraryWrite(Blackhole blackhole) {
    for (ClusterProfile profile : profiles) {
      out.reset();
      json.writeProfile(profile, out);
      blackhole.consume(out.size());
    }
  }

  @Benchmark
  public void plainJacksonWrite(Blackhole blackhole) throws IOException {
    for (ClusterProfile profile : profiles) {
      out.reset();
      plain.writeValue(out, profile);
      blackhole.consume(out.size());
    }
  }

  @Benchmark
  public void libraryRead(Blackhole blackhole) {
    for (byte[] bytes : libraryBytes) {
      blackhole.consume(json.readProfile(new ByteArrayInputStream(bytes)));
    }
  }

  @Benchmark
  public void plainJacksonRead(Blackhole blackhole) throws IOException {
    for (byte[] bytes : plainBytes) {
      blackhole.consume(plain.readValue(bytes, ClusterProfile.class));
    }
  }

  @Benchmark
  public void jackson3Write(Blackhole blackhole) {
    for (ClusterProfile profile : profiles) {
      out.reset();
      jackson3.writeValue(out, profile);
      blackhole.consume(out.size());
    }
  }

  @Benchmark
  public void jackson3Read(Blackhole blackhole) {
    for (byte[] bytes : libraryBytes) {
      blackhole.consume(jackson3.readValue(bytes, ClusterProfile.class));
    }
  }

  /**
   * Reads extension values as the model keeps them: every number a {@code BigDecimal}. Jackson's
   * own untyped reading gives an {@code Integer} for {@code 7}, which the model refuses, and a
   * canonical decimal such as {@code 7} (from {@code 7.0}) is written without a fraction.
   */
  private static final class ExtensionValueDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    ExtensionValueDeserializer() {
      super(Object.class);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return value(parser.readValueAsTree());
    }

    private static Object value(JsonNode node) {
      if (node.isNumber()) {
        return node.decimalValue();
      } else if (node.isTextual()) {
        return node.textValue();
      } else if (node.isBoolean()) {
        return node.booleanValue();
      } else if (node.isArray()) {
        List<Object> list = new ArrayList<>();
        node.forEach(element -> list.add(value(element)));
        return list;
      } else if (node.isObject()) {
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getValue())));
        return map;
      }
      return null;
    }
  }
}
