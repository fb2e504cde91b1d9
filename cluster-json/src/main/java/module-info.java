/** The JSON interchange format of cluster profiles, as a Jackson module and a front door. */
module eu.clusterdata.json {
  requires transitive eu.clusterdata.model;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports eu.clusterdata.json;

  provides com.fasterxml.jackson.databind.Module with
      eu.clusterdata.json.ClusterJsonModule;
}
