/** An application of the library on the module path: it requires only what it uses. */
module eu.clusterdata.jpmscheck {
  requires eu.clusterdata.store;
  requires eu.clusterdata.json;
}
