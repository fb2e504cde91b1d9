package eu.clusterdata.jackson3.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.clusterdata.json.ClusterJsonModule;
import eu.clusterdata.model.codes.Coded;
import eu.clusterdata.model.description.ModelDescription;

/** Which types are the model's, and the Jackson 2 mapper whose codecs write and read them. */
final class ModelTypes {

  /** Thread-safe once built; holds the codecs of cluster-json. */
  static final ObjectMapper CODECS =
      JsonMapper.builder().addModule(new ClusterJsonModule()).build();

  private ModelTypes() {}

  /**
   * Whether {@code type} is a model value the codecs handle: a record the model description
   * describes (a profile and every part of it) or one of the model's closed code lists.
   */
  static boolean handles(Class<?> type) {
    return ModelDescription.isModelType(type)
        && (ModelDescription.describes(type)
            || (type.isEnum() && Coded.class.isAssignableFrom(type)));
  }
}
