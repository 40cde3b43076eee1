package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {
  private static final Map<String, String> DB = Map.of("app", "db", "tier", "cache");

  @Test
  void equalityAndInequality() {
    assertTrue(LabelSelector.parse("app=db,tier==cache").matches(DB));
    assertFalse(LabelSelector.parse("app=db,tier!=cache").matches(DB));
    assertTrue(LabelSelector.parse("app = db").matches(DB));
  }

  @Test
  void setsAndExistence() {
    assertTrue(LabelSelector.parse("tier in (web, cache),app").matches(DB));
    assertFalse(LabelSelector.parse("tier notin (cache)").matches(DB));
    assertTrue(LabelSelector.parse("!old").matches(DB));
    assertFalse(LabelSelector.parse("!app").matches(DB));
    assertFalse(LabelSelector.parse("release").matches(DB));
  }

  @Test
  void setsAndInequalityMatchPodsWithoutTheLabelAsKubernetesDoes() {
    // This threw NullPointerException: an immutable set cannot be asked for null.
    assertFalse(LabelSelector.parse("release in (a,b)").matches(DB));
    assertTrue(LabelSelector.parse("release notin (a,b)").matches(DB));
    assertTrue(LabelSelector.parse("release!=a").matches(DB));
    assertTrue(LabelSelector.parse("release in (a,)").matches(Map.of("release", "")));
  }

  @Test
  void greaterAndLessThanCompareWholeNumbers() {
    Map<String, String> v = Map.of("generation", "12", "name", "x");
    assertTrue(LabelSelector.parse("generation>9").matches(v));
    assertFalse(LabelSelector.parse("generation<9").matches(v));
    assertFalse(LabelSelector.parse("name>1").matches(v));
    assertFalse(LabelSelector.parse("missing<1").matches(v));
  }
}
