package eu.clusterdata.model.codes;

/** What kind of source a profile's data comes from; a closed code list. */
public enum SourceType implements Coded {
  /** A published document, such as a report or position paper. */
  DOCUMENT,
  /** A web page. */
  WEB_PAGE,
  /** Another information system, such as a platform's database or an actor map. */
  SYSTEM,
  /**
   * Made up, about no real cluster: example and test data, such as the project's showcase. A
   * platform should never publish a profile that cites such a source as if it were real.
   */
  FICTITIOUS
}
