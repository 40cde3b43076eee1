package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KindSuggestionsTest {
  @Test
  void aOneWordPrefixKeyAfterASelectorIsToldToGoFirst() {
    String error = KindSuggestions.cutFromSelector("pods/app=x", "team/name", "shop");
    assertEquals(
        "\"team/name\" after pods/app=x reads as a target of kind \"team\", not as a label key of"
            + " that selector: a key with a one-word prefix that must exist cannot follow a comma"
            + " there; write it first, after the namespace, like pods/shop/team/name,app=x",
        error);
    assertEquals(
        true,
        KindSuggestions.cutFromSelector("pods/data/app=x", "team/name", null)
            .endsWith("like pods/data/team/name,app=x"));
    assertEquals(
        true,
        KindSuggestions.cutFromSelector("pods/app=x", "team/name", null)
            .endsWith("like pods/NAMESPACE/team/name,app=x"));
  }

  @Test
  void targetsAfterASelectorAreTargets() {
    // A custom resource (RESOURCE.GROUP/NAME), a kind startgate knows or kubectl's name for one,
    // and anything after a target that is not a pods/ selector.
    assertNull(
        KindSuggestions.cutFromSelector("pods/app=x", "certificates.cert-manager.io/web", "s"));
    assertNull(KindSuggestions.cutFromSelector("pods/app=x", "deployment/api", "s"));
    assertNull(KindSuggestions.cutFromSelector("pods/app=x", "deploy/api", "s"));
    assertNull(KindSuggestions.cutFromSelector("pods/app=x", "job/seed", "s"));
    assertNull(KindSuggestions.cutFromSelector("tcp://db:5432", "team/name", "s"));
    assertNull(KindSuggestions.cutFromSelector(null, "team/name", "s"));
    assertNull(KindSuggestions.cutFromSelector("pods/app=x", "team/name=db", "s"));
  }
}
