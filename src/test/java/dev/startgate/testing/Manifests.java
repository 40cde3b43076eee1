package dev.startgate.testing;

/** Small manifests that tests of several commands start from, written as a user would. */
public final class Manifests {
  private Manifests() {}

  /** Service {@code postgres} (no namespace) with one port, 5432. */
  public static final String POSTGRES_SERVICE =
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: postgres
      spec:
        ports:
        - port: 5432
      """;

  /**
   * Job {@code migrate} (no namespace) that waits for {@code service/postgres}, as in {@link
   * #POSTGRES_SERVICE}.
   */
  public static final String MIGRATE_JOB =
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
        annotations:
          startgate.dev/wait-for: service/postgres
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: migrate
              image: migrate:1.0
      """;
}
