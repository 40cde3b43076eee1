package dev.startgate.render;

import dev.startgate.intent.HttpsSettings;
import dev.startgate.model.GateParts;
import dev.startgate.plan.Gate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The configMap volume of {@code https.caConfigMap}, for workloads with HTTPS gates. */
final class CaBundleVolume {
  /** The volume's name. */
  static final String NAME = GateParts.CA_VOLUME;

  private CaBundleVolume() {}

  /** Whether a gate reads the configured CA bundle: HTTPS gates only. */
  private static final Gate.Visitor<Boolean> NEEDS_CA =
      new Gate.Visitor<>() {
        @Override
        public Boolean tcp(Gate.Tcp g) {
          return false;
        }

        @Override
        public Boolean http(Gate.Http g) {
          return false;
        }

        @Override
        public Boolean https(Gate.Https g) {
          return true;
        }

        @Override
        public Boolean protocol(Gate.Protocol g) {
          return false;
        }

        @Override
        public Boolean rollout(Gate.Rollout g) {
          return false;
        }

        @Override
        public Boolean jobComplete(Gate.JobComplete g) {
          return false;
        }

        @Override
        public Boolean podsReady(Gate.PodsReady g) {
          return false;
        }

        @Override
        public Boolean serviceReady(Gate.ServiceReady g) {
          return false;
        }

        @Override
        public Boolean customResource(Gate.CustomResource g) {
          return false;
        }
      };

  /**
   * The volume that brings the configured CA bundle to HTTPS gates, or none; one of {@link
   * GateParts#VOLUMES}, so it is recomputed on every run like every other gate volume.
   */
  static List<Object> of(HttpsSettings https, List<Gate> gates) {
    if (!https.hasCaBundle() || gates.stream().noneMatch(g -> g.accept(NEEDS_CA))) {
      return List.of();
    }
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("key", https.caKey());
    item.put("path", https.caKey());
    Map<String, Object> configMap = new LinkedHashMap<>();
    configMap.put("name", https.caConfigMap());
    configMap.put("items", List.of(item));
    Map<String, Object> volume = new LinkedHashMap<>();
    volume.put("name", NAME);
    volume.put("configMap", FlowStyle.ifShort(configMap));
    return List.of(volume);
  }
}
