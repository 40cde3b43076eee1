package dev.startgate.intent;

import dev.startgate.intent.ConfigInput.Field;

/** {@code kubernetesGates}, {@code images.whenReady} and {@code whenReadyServer.*}. */
final class KubernetesConfigReader {
  private KubernetesConfigReader() {}

  static KubernetesGates read(ConfigInput in) {
    KubernetesGates d = KubernetesGates.DEFAULT;
    KubernetesGates.Runtime runtime =
        in.choice(ConfigField.KUBERNETES_GATES, d.runtime(), KubernetesGates.Runtime::valueOf);
    String client = in.image(ConfigField.IMAGES_WHEN_READY, d.clientImage());
    Field hostField = in.take(ConfigField.SERVER_HOST);
    String host = hostField == null ? d.host() : hostField.text();
    if (!host.matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?")) {
      in.error(
          hostField.path(),
          host,
          "\"" + host + "\" is not a host name; use one like k8s-when-ready-server.tools.svc");
    }
    Field portField = in.take(ConfigField.SERVER_PORT);
    int port = d.port();
    if (portField != null) {
      if (portField.text().matches("\\d{1,5}")
          && Integer.parseInt(portField.text()) >= 1
          && Integer.parseInt(portField.text()) <= 65535) {
        port = Integer.parseInt(portField.text());
      } else {
        in.error(
            portField, "\"" + portField.text() + "\" is not a port from 1 to 65535, like 3000");
      }
    }
    Field emitField = in.take(ConfigField.SERVER_EMIT);
    boolean emit = false;
    if (emitField != null) {
      if (emitField.text().equals("true") || emitField.text().equals("false")) {
        emit = emitField.text().equals("true");
      } else {
        in.error(emitField, "emitServer is true or false");
      }
    }
    Field nsField = in.take(ConfigField.SERVER_NAMESPACE);
    String namespace = in.matching(nsField, null, TargetSyntax::dnsLabel, "a namespace like tools");
    String server = in.image(ConfigField.SERVER_IMAGE, d.serverImage());
    KubernetesGates k = new KubernetesGates(runtime, client, host, port, emit, namespace, server);
    if (k.whenReady() && client == null) {
      in.error(
          ConfigField.IMAGES_WHEN_READY.key(),
          null,
          "kubernetesGates: when-ready-server needs the k8s-when-ready client image, pinned by"
              + " digest (startgate ships no default: no digest of it could be verified); set"
              + " images.whenReady like docker.io/jeffvalore/k8s-when-ready:0.2.0@sha256:<digest>");
    }
    if (emit && (namespace == null || server == null)) {
      in.error(
          "whenReadyServer",
          null,
          "emitServer: true needs whenReadyServer.namespace (where the server runs, like tools)"
              + " and whenReadyServer.image (pinned by digest, like"
              + " docker.io/jeffvalore/k8s-when-ready-server:0.2.0@sha256:<digest>)");
    }
    return k;
  }
}
