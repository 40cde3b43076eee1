package dev.startgate.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.GoldenOutputs;
import dev.startgate.testing.StrictModels;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every emitted object of every golden case, read strictly into its fabric8 model class ({@link
 * StrictModels}), so a typo in a generated field ({@code securtyContext}) or a wrong type ({@code
 * runAsUser: "65532"}) fails. Kinds fabric8 does not model here (the user's own CRDs, StartGate,
 * Kptfile) are skipped, but an object startgate emitted whole must have a model.
 */
class ModelValidationTest {
  /**
   * Kinds startgate emits that no fabric8 model on the test classpath covers: Flux's Kustomization
   * is a CRD (fabric8 ships no Flux model); its fields are held by its own golden cases. Any other
   * unmodeled kind startgate emits fails this test.
   */
  private static final Set<String> UNMODELED =
      Set.of("kustomize.toolkit.fluxcd.io/v1/Kustomization");

  /** Skip any input document that cannot become Java maps: inputs are only read to excuse. */
  private static final Set<String> ALL_CASES = new AllCases();

  @Test
  void everyEmittedObjectReadsStrictlyIntoItsModel() throws Exception {
    // A hostile case may hand startgate an object that is already invalid (a container that is a
    // number, a tagged value); startgate passes it through, and it is not startgate's output.
    Set<String> invalidInputs = new HashSet<>();
    for (GoldenOutputs.Emitted e : GoldenOutputs.under(GoldenTest.ROOT, "input.yaml", ALL_CASES)) {
      if (!problems(e).isEmpty()) {
        invalidInputs.add(e.identity());
      }
    }
    List<String> problems = new ArrayList<>();
    int read = 0;
    for (GoldenOutputs.Emitted e :
        GoldenOutputs.under(GoldenTest.ROOT, RestrictedGoldenTest.UNLOADABLE)) {
      if (invalidInputs.contains(e.identity())) {
        continue;
      }
      if (!StrictModels.hasModel(e.object())) {
        String kind = StrictModels.kind(e.object());
        if ("startgate".equals(e.managedBy()) && !UNMODELED.contains(kind)) {
          problems.add(e.where() + ": startgate emitted a kind this test has no model for");
        }
        continue;
      }
      problems.addAll(problems(e));
      read++;
    }
    assertTrue(read >= 40, "only " + read + " objects read");
    assertEquals(List.of(), problems);
  }

  @Test
  void aTypoOrAWrongTypeInAGeneratedFieldFails() throws Exception {
    Map<String, Object> typo =
        Map.of(
            "apiVersion", "v1",
            "kind", "Pod",
            "spec",
                Map.of(
                    "containers",
                    List.of(Map.of("name", "c", "securtyContext", Map.of("runAsUser", 1)))));
    List<String> unknown = new ArrayList<>();
    StrictModels.unknownFields(
        StrictModels.strict(typo, Pod.class), "", unknown, new IdentityHashMap<>());
    assertEquals(List.of("spec.containers[0].securtyContext"), unknown);

    Map<String, Object> wrongType =
        Map.of(
            "apiVersion", "v1",
            "kind", "Pod",
            "spec",
                Map.of(
                    "containers",
                    List.of(Map.of("name", "c", "securityContext", Map.of("runAsUser", "65532")))));
    assertThrows(RuntimeException.class, () -> StrictModels.strict(wrongType, Pod.class));
  }

  /** Every way {@code e} fails to read strictly into its model; none if it has no model. */
  private static List<String> problems(GoldenOutputs.Emitted e) {
    return StrictModels.problems(e.where(), e.object());
  }

  /** A set that holds every case name. */
  private static final class AllCases extends java.util.AbstractSet<String> {
    @Override
    public boolean contains(Object o) {
      return true;
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Collections.emptyIterator();
    }

    @Override
    public int size() {
      return 0;
    }
  }
}
