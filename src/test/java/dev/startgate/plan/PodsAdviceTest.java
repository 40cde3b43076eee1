package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.model.Resource;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code pods/} target an error offers for the pods of an OnDelete StatefulSet or DaemonSet: it
 * must select them, in their namespace (a fixed {@code pods/app=NAME} matched none when the labels
 * or the namespace were others, and the gate would have waited to its timeout).
 */
class PodsAdviceTest {
  private static Resource parse(String yaml) throws Exception {
    List<YDocument> docs = new YamlParser(YamlLimits.DEFAULT).parse(yaml);
    return Resource.of((YMapping) docs.get(0).root());
  }

  private static Resource workload(String kind, String namespace, String labels) throws Exception {
    return parse(
        "apiVersion: apps/v1\nkind: "
            + kind
            + "\nmetadata: {name: pg"
            + (namespace == null ? "" : ", namespace: " + namespace)
            + "}\nspec:\n  updateStrategy: {type: OnDelete}\n  template:\n    metadata: {labels: "
            + labels
            + "}\n    spec: {containers: [{name: c, image: i}]}\n");
  }

  private static Resource job(String namespace) throws Exception {
    return parse(
        "apiVersion: batch/v1\nkind: Job\nmetadata: {name: m"
            + (namespace == null ? "" : ", namespace: " + namespace)
            + "}\n");
  }

  @Test
  void theTemplatesOwnLabelsSortedWithTheNamespaceWhenAnother() throws Exception {
    Resource sts = workload("StatefulSet", "data", "{tier: db, component: database}");
    assertEquals("pods/component=database,tier=db", PodsAdvice.of(job("data"), sts));
    assertEquals("pods/data/component=database,tier=db", PodsAdvice.of(job("shop"), sts));
    assertEquals("pods/data/component=database,tier=db", PodsAdvice.of(job(null), sts));
    // Without a namespace on either side: the workload's own.
    assertEquals("pods/app=pg", PodsAdvice.of(job(null), workload("DaemonSet", null, "{app: pg}")));
  }

  @Test
  void aPrefixedFirstKeyGetsTheNamespaceSoItIsNotReadAsOne() throws Exception {
    Resource sts = workload("StatefulSet", "data", "{app.kubernetes.io/name: pg}");
    assertEquals("pods/data/app.kubernetes.io/name=pg", PodsAdvice.of(job("data"), sts));
  }

  @Test
  void noLabelsOfItsOwnNamesWhatToWrite() throws Exception {
    // The controller's own labels (controller-revision-hash, ...) have no value in the input.
    Resource ds = workload("DaemonSet", "data", "{}");
    assertEquals("pods/LABEL=VALUE (a label of its pod template)", PodsAdvice.of(job("data"), ds));
  }
}
