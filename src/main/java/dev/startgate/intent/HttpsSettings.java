package dev.startgate.intent;

/**
 * How HTTPS gates verify certificates.
 *
 * @param caConfigMap a ConfigMap in the workload's namespace holding the CA bundle to trust instead
 *     of the curl image's, or null
 * @param caKey the ConfigMap key of the bundle
 */
public record HttpsSettings(String caConfigMap, String caKey) {
  /** The curl image's own trust store; key {@code ca.crt} once a ConfigMap is named. */
  public static final HttpsSettings DEFAULT = new HttpsSettings(null, "ca.crt");

  /** True if a CA bundle is configured. */
  public boolean hasCaBundle() {
    return caConfigMap != null;
  }
}
