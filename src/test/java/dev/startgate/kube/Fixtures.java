package dev.startgate.kube;

/**
 * Objects the fake API server is seeded with, and the status patches that make them ready, as a
 * controller would. The API server's defaults (generation, the StatefulSet strategy) are written
 * out, because the in-memory store applies none.
 */
final class Fixtures {
  private Fixtures() {}

  static String deployment(String name, String namespace) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %1$s, namespace: %2$s, generation: 1}
        spec:
          replicas: 2
          selector: {matchLabels: {app: %1$s}}
          template:
            metadata: {labels: {app: %1$s}}
            spec: {containers: [{name: app, image: app}]}
        """
        .formatted(name, namespace);
  }

  /** Available, but one of two replicas still on the old template: a rollout under way. */
  static final String DEPLOYMENT_MID_ROLLOUT =
      "{\"status\":{\"observedGeneration\":1,\"replicas\":3,\"updatedReplicas\":1,"
          + "\"readyReplicas\":3,\"availableReplicas\":3,\"conditions\":[{\"type\":"
          + "\"Available\",\"status\":\"True\"}]}}";

  static final String DEPLOYMENT_READY =
      "{\"status\":{\"observedGeneration\":1,\"replicas\":2,\"updatedReplicas\":2,"
          + "\"readyReplicas\":2,\"availableReplicas\":2}}";

  static String statefulSet(String name, String namespace) {
    return """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: %1$s, namespace: %2$s, generation: 1}
        spec:
          replicas: 1
          serviceName: %1$s
          updateStrategy: {type: RollingUpdate}
          selector: {matchLabels: {app: %1$s}}
          template:
            metadata: {labels: {app: %1$s}}
            spec: {containers: [{name: app, image: app}]}
        """
        .formatted(name, namespace);
  }

  static final String STATEFULSET_READY =
      "{\"status\":{\"observedGeneration\":1,\"replicas\":1,\"readyReplicas\":1,"
          + "\"currentReplicas\":1,\"updatedReplicas\":1,\"currentRevision\":\"r1\","
          + "\"updateRevision\":\"r1\"}}";

  static String job(String name, String namespace) {
    return """
        apiVersion: batch/v1
        kind: Job
        metadata: {name: %1$s, namespace: %2$s}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: app, image: app}]
        """
        .formatted(name, namespace);
  }

  static final String JOB_COMPLETE =
      "{\"status\":{\"succeeded\":1,\"completionTime\":\"2025-01-01T00:00:02Z\",\"conditions\":["
          + "{\"type\":\"SuccessCriteriaMet\",\"status\":\"True\"},"
          + "{\"type\":\"Complete\",\"status\":\"True\"}]}}";

  static final String JOB_FAILED =
      "{\"status\":{\"failed\":1,\"conditions\":["
          + "{\"type\":\"FailureTarget\",\"status\":\"True\",\"reason\":\"BackoffLimitExceeded\"},"
          + "{\"type\":\"Failed\",\"status\":\"True\",\"reason\":\"BackoffLimitExceeded\","
          + "\"message\":\"Job has reached the specified backoff limit\"}]}}";

  static String pod(String name, String namespace, String app) {
    return """
        apiVersion: v1
        kind: Pod
        metadata: {name: %1$s, namespace: %2$s, labels: {app: %3$s}}
        spec: {containers: [{name: app, image: app}]}
        """
        .formatted(name, namespace, app);
  }

  /** A pod with {@code labels} written as a YAML flow mapping ({@code {tier: cache}}). */
  static String podLabelled(String name, String namespace, String labels) {
    return """
        apiVersion: v1
        kind: Pod
        metadata: {name: %1$s, namespace: %2$s, labels: %3$s}
        spec: {containers: [{name: app, image: app}]}
        """
        .formatted(name, namespace, labels);
  }

  static final String POD_READY =
      "{\"status\":{\"phase\":\"Running\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}}";
}
