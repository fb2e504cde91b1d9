package eu.clusterdata.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Coded;
import eu.clusterdata.model.CountryCode;
import eu.clusterdata.model.Iri;
import eu.clusterdata.model.MultilingualText;
import eu.clusterdata.model.NaceRevision;
import eu.clusterdata.model.NutsCode;
import eu.clusterdata.model.ServiceFormat;
import eu.clusterdata.model.TargetGroup;
import eu.clusterdata.model.Technology;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The codec of every type of the model, built once from {@link ClusterProfile} down and immutable
 * after. This is where the JSON form of each value is decided.
 */
public final class Codecs {

  static final String IRI_PATTERN =
      "^(?:[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*|[Uu][Rr][Nn]:[^\\s]+)$";
  static final String CODE_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

  private static final Map<Type, Codec> CODECS = build();

  private Codecs() {}

  /** Returns the codec of {@code type}. */
  public static Codec of(Type type) {
    Codec codec = CODECS.get(type);
    if (codec == null) {
      throw new IllegalArgumentException("not a type of the cluster model: " + type.getTypeName());
    }
    return codec;
  }

  /** Returns whether {@code type} is a model type this module reads and writes. */
  public static boolean handles(Type type) {
    return CODECS.containsKey(type);
  }

  private static Map<Type, Codec> build() {
    Map<Type, Codec> codecs = new HashMap<>();
    codecs.put(String.class, ScalarCodecs.STRING);
    codecs.put(boolean.class, ScalarCodecs.BOOLEAN);
    codecs.put(BigDecimal.class, ScalarCodecs.DECIMAL);
    codecs.put(Year.class, ScalarCodecs.YEAR);
    codecs.put(LocalDate.class, ScalarCodecs.LOCAL_DATE);
    codecs.put(Instant.class, ScalarCodecs.INSTANT);
    codecs.put(Currency.class, ScalarCodecs.CURRENCY);
    codecs.put(MultilingualText.class, new TextCodec());
    codecs.put(NaceRevision.class, new EnumCodec(NaceRevision.class, NaceRevision::label));
    codecs.put(
        Iri.class,
        stringRecord(
            "an absolute http, https or urn IRI",
            Iri::of,
            () -> SchemaBuilder.pattern(IRI_PATTERN).put("format", "iri")));
    codecs.put(
        NutsCode.class,
        stringRecord(
            "a NUTS code such as DEA1",
            NutsCode::of,
            () -> SchemaBuilder.pattern("^[A-Z]{2}[A-Z0-9]{0,3}$")));
    codecs.put(
        CountryCode.class,
        stringRecord(
            "an ISO 3166-1 alpha-2 country code such as DE",
            CountryCode::of,
            Codecs::countrySchema));
    codecs.put(
        Technology.class,
        stringRecord(
            "a technology code such as hydrogen",
            Technology::of,
            () -> SchemaBuilder.pattern(CODE_PATTERN)));
    codecs.put(
        TargetGroup.class,
        stringRecord(
            "a target group code such as startups",
            TargetGroup::of,
            () -> SchemaBuilder.pattern(CODE_PATTERN)));
    codecs.put(
        ServiceFormat.class,
        stringRecord(
            "a service format code such as event",
            ServiceFormat::of,
            () -> SchemaBuilder.pattern(CODE_PATTERN)));
    codecs.put(ClusterProfile.class, new ProfileDocumentCodec(codec(ClusterProfile.class, codecs)));
    return Collections.unmodifiableMap(codecs);
  }

  /** Returns the codec of {@code type}, building and registering it (and its parts) if need be. */
  private static Codec codec(Type type, Map<Type, Codec> codecs) {
    Codec known = codecs.get(type);
    if (known != null) {
      return known;
    }
    Function<Type, Codec> resolve = t -> codec(t, codecs);
    Codec codec;
    if (type instanceof ParameterizedType parameterized) {
      Type raw = parameterized.getRawType();
      Type element = parameterized.getActualTypeArguments()[0];
      if (raw != List.class && raw != Set.class) {
        throw new IllegalStateException("no JSON form for " + type.getTypeName());
      }
      codec = new CollectionCodec(resolve.apply(element), raw == Set.class);
    } else if (type instanceof Class<?> c && c.isEnum() && Coded.class.isAssignableFrom(c)) {
      codec = enumCodec(c);
    } else if (type instanceof Class<?> c && c.isRecord()) {
      codec = new RecordCodec(c, resolve);
    } else {
      throw new IllegalStateException("no JSON form for " + type.getTypeName());
    }
    codecs.put(type, codec);
    return codec;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Codec enumCodec(Class<?> type) {
    return new EnumCodec((Class) type, constant -> ((Coded) constant).code());
  }

  private static Codec stringRecord(
      String expected, Function<String, Object> of, Supplier<ObjectNode> schema) {
    return ScalarCodecs.text(expected, of, Object::toString, schema);
  }

  private static ObjectNode countrySchema() {
    ObjectNode schema = SchemaBuilder.string();
    ArrayNode codes = schema.putArray("enum");
    Arrays.stream(Locale.getISOCountries()).sorted().forEach(codes::add);
    return schema;
  }
}
