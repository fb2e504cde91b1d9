/**
 * The library's JSON format for Jackson 3 mappers (Spring Boot 4 and others). Its name ends in a
 * digit, as the artifact's does: it is the binding for Jackson 3.
 */
@SuppressWarnings("module")
module eu.clusterdata.jackson3 {
  requires transitive eu.clusterdata.json;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports eu.clusterdata.jackson3;

  provides tools.jackson.databind.JacksonModule with
      eu.clusterdata.jackson3.ClusterJackson3Module;
}
