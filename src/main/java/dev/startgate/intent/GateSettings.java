package dev.startgate.intent;

/**
 * How every gate container runs.
 *
 * @param runAsUser numeric user (the kubelet can only verify runAsNonRoot for numeric users)
 * @param runAsGroup numeric group
 * @param cpu CPU request and limit (equal, so a Guaranteed pod stays Guaranteed)
 * @param memory memory request and limit
 */
public record GateSettings(long runAsUser, long runAsGroup, String cpu, String memory) {
  /** 65532:65532, 50m CPU, 64Mi memory. */
  public static final GateSettings DEFAULT = new GateSettings(65532, 65532, "50m", "64Mi");
}
