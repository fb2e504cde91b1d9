package eu.clusterdata.store;

import java.nio.file.Path;

/** A second process for the tests: opens a store directory and holds it until its input ends. */
public final class HoldStore {

  private HoldStore() {}

  public static void main(String[] args) throws Exception {
    try (ProfileStore store = ProfileStore.embedded(Path.of(args[0]))) {
      System.out.println("open " + store.size());
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the store until the parent closes our input
      }
    }
  }
}
