package eu.clusterdata.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.FundingProgramme;
import eu.clusterdata.model.codes.Coded;
import eu.clusterdata.model.codes.InterestKind;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.codes.ServiceFormat;
import eu.clusterdata.model.codes.TargetGroup;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.description.Scalar;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceRevision;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The codec of every type of the model, built once from {@link ClusterProfile} down and immutable
 * after. This is where the JSON form of each value is decided.
 */
public final class Codecs {

  private Codecs() {}

  /** Returns the codec of {@code type}, such as {@code List<Actor>}. */
  public static Codec<?> of(Type type) {
    Codec<?> codec = CODECS.get(type);
    if (codec == null) {
      throw new IllegalArgumentException("not a type of the cluster model: " + type.getTypeName());
    }
    return codec;
  }

  /** Returns the codec of the values of class {@code type}. */
  @SuppressWarnings("unchecked") // the map holds the codec of each type under that type
  public static <T> Codec<T> of(Class<T> type) {
    return (Codec<T>) of((Type) type);
  }

  /**
   * Returns a codec as one of untyped values, for callers that hold values as {@code Object}, such
   * as a record's components read through the model description; the values are of its type.
   */
  @SuppressWarnings("unchecked")
  public static Codec<Object> untyped(Codec<?> codec) {
    return (Codec<Object>) codec;
  }

  /** Returns whether {@code type} is a model type this module reads and writes. */
  public static boolean handles(Type type) {
    return CODECS.containsKey(type);
  }

  /** What a value written as one string should look like, for messages. */
  private static final Map<Class<?>, Message> EXPECTED =
      Map.of(
          Iri.class, Message.of("json.expected.iri"),
          NutsCode.class, Message.of("json.expected.nuts"),
          CountryCode.class, Message.of("json.expected.country"),
          Technology.class, Message.of("json.expected.technology"),
          TargetGroup.class, Message.of("json.expected.target-group"),
          ServiceFormat.class, Message.of("json.expected.service-format"),
          MemberType.class, Message.of("json.expected.member-type"),
          LabelScheme.class, Message.of("json.expected.label-scheme"),
          FundingProgramme.class, Message.of("json.expected.funding-programme"),
          InterestKind.class, Message.of("json.expected.interest-kind"));

  private static final Map<Type, Codec<?>> CODECS = build();

  private static Map<Type, Codec<?>> build() {
    Map<Type, Codec<?>> codecs = new HashMap<>();
    for (Scalar scalar : Scalar.values()) {
      codecs.put(scalar.javaType(), scalar(scalar));
    }
    codecs.put(MultilingualText.class, new TextCodec());
    codecs.put(NaceRevision.class, new EnumCodec<>(NaceRevision.class, NaceRevision::label));
    codecs.put(NutsVersion.class, new EnumCodec<>(NutsVersion.class, NutsVersion::label));
    RecordCodec<ClusterProfile> profile =
        new RecordCodec<>(ModelDescription.root(), t -> codec(t, codecs));
    codecs.put(ClusterProfile.class, new ProfileDocumentCodec(profile));
    return Collections.unmodifiableMap(codecs);
  }

  private static Codec<?> scalar(Scalar scalar) {
    return switch (scalar) {
      case STRING -> ScalarCodecs.STRING;
      case BOOLEAN -> ScalarCodecs.BOOLEAN;
      case INTEGER -> ScalarCodecs.INTEGER;
      case DECIMAL -> ScalarCodecs.DECIMAL;
      case YEAR -> ScalarCodecs.YEAR;
      case DATE -> ScalarCodecs.LOCAL_DATE;
      case DATE_TIME -> ScalarCodecs.INSTANT;
      case CURRENCY -> ScalarCodecs.CURRENCY;
    };
  }

  /** Returns the codec of {@code type}, building and registering it (and its parts) if need be. */
  private static Codec<?> codec(Type type, Map<Type, Codec<?>> codecs) {
    Codec<?> known = codecs.get(type);
    if (known != null) {
      return known;
    }
    Function<Type, Codec<?>> resolve = t -> codec(t, codecs);
    Codec<?> codec;
    if (type instanceof ParameterizedType parameterized) {
      Type raw = parameterized.getRawType();
      Type element = parameterized.getActualTypeArguments()[0];
      if (raw != List.class && raw != Set.class) {
        throw new IllegalStateException("no JSON form for " + type.getTypeName());
      }
      codec = new CollectionCodec<>(resolve.apply(element), raw == Set.class);
    } else if (type instanceof Class<?> c && c.isEnum() && Coded.class.isAssignableFrom(c)) {
      codec = enumCodec(c);
    } else if (type instanceof Class<?> c && ModelDescription.describes(c)) {
      RecordType<? extends Record> record = ModelDescription.of(c.asSubclass(Record.class));
      codec = record.isSingleString() ? stringRecord(record) : new RecordCodec<>(record, resolve);
    } else {
      throw new IllegalStateException("no JSON form for " + type.getTypeName());
    }
    codecs.put(type, codec);
    return codec;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // a Coded enum, checked by the caller
  private static Codec<?> enumCodec(Class<?> type) {
    return new EnumCodec((Class) type, constant -> ((Coded) constant).code());
  }

  /** A record that is one string, such as an IRI or a NUTS code: written as that string. */
  private static <R extends Record> Codec<R> stringRecord(RecordType<R> record) {
    Component text = record.components().get(0);
    return ScalarCodecs.text(
        EXPECTED.getOrDefault(record.javaType(), Message.of("json.expected.string")),
        record::construct,
        value -> (String) text.get(value),
        () -> {
          ObjectNode schema = SchemaBuilder.string();
          ConstraintSchemas.apply(schema, record.constraints());
          return schema;
        });
  }
}
