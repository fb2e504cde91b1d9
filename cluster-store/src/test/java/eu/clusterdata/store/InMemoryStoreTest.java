package eu.clusterdata.store;

class InMemoryStoreTest extends ProfileStoreContract {

  @Override
  protected ProfileStore openEmpty() {
    return ProfileStore.open("mem:");
  }
}
