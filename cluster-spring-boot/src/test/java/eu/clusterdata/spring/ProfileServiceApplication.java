package eu.clusterdata.spring;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.store.ProfileStore;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A small application as a platform would write one: profiles in and out of a store, checked. */
@SpringBootApplication
class ProfileServiceApplication {

  @RestController
  static class Profiles {
    private final ProfileStore store;
    private final ProfileValidator validator;

    Profiles(ProfileStore store, ProfileValidator validator) {
      this.store = store;
      this.validator = validator;
    }

    @GetMapping("/profile")
    ResponseEntity<ClusterProfile> get(@RequestParam("id") String id) {
      return ResponseEntity.of(store.get(Iri.of(id)));
    }

    @PutMapping("/profile")
    ClusterProfile put(@RequestBody ClusterProfile profile) {
      store.replace(profile);
      return profile;
    }

    @PostMapping("/checked")
    ClusterProfile checked(@Valid @RequestBody ClusterProfile profile) {
      return profile;
    }

    @PostMapping("/check")
    List<String> check(@RequestBody ClusterProfile profile) {
      return validator.validate(profile).findings().stream().map(f -> f.rule().code()).toList();
    }
  }
}
