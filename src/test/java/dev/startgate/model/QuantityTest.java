package dev.startgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Kubernetes quantities as numbers, for the pod-level resources check. */
class QuantityTest {
  @Test
  void readsTheSuffixesKubernetesTakes() {
    assertEquals(0, new BigDecimal("0.1").compareTo(Quantity.parse("100m")));
    assertEquals(0, new BigDecimal("0.5").compareTo(Quantity.parse("0.5")));
    assertEquals(0, new BigDecimal("134217728").compareTo(Quantity.parse("128Mi")));
    assertEquals(0, new BigDecimal("1000000000").compareTo(Quantity.parse("1G")));
    assertEquals(0, new BigDecimal("129000000").compareTo(Quantity.parse("129e6")));
    assertEquals(0, new BigDecimal("107374182.4").compareTo(Quantity.parse("0.1Gi")));
    assertEquals(0, new BigDecimal("2").compareTo(Quantity.parse("+2")));
    assertEquals(0, new BigDecimal("0.01").compareTo(Quantity.parse("10e-3")));
    assertEquals(0, new BigDecimal("0.01").compareTo(Quantity.parse("1e-2")));
  }

  @Test
  void anythingElseIsNone() {
    assertNull(Quantity.parse(""));
    assertNull(Quantity.parse("lots"));
    assertNull(Quantity.parse("1mb"));
    assertNull(Quantity.parse("-1"));
    assertNull(Quantity.parse("1e"));
    assertNull(Quantity.parse(null));
  }
}
