package dev.startgate.corpus;

/**
 * One file of the real-world corpus.
 *
 * @param id where it comes from and its path there, e.g. {@code spring-cloud-kubernetes-test-
 *     support-3.1.3/kafka/kafka-deployment.yaml}; used in messages and in the known-failures list
 * @param source the package and version it was taken from
 * @param bytes its content, unmodified
 */
record CorpusFile(String id, String source, byte[] bytes) {
  @Override
  public String toString() {
    return id;
  }
}
