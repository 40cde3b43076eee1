package dev.startgate.intent;

import dev.startgate.intent.ConfigInput.Field;
import dev.startgate.model.Result;
import java.util.ArrayList;
import java.util.List;

/** {@code kubernetesGates}, {@code images.whenReady} and {@code whenReadyServer.*}. */
final class KubernetesConfigReader {
  private KubernetesConfigReader() {}

  /** The fields only {@code kubernetesGates: when-ready-server} reads. */
  private static final List<ConfigField> SERVER_ONLY =
      List.of(
          ConfigField.IMAGES_WHEN_READY,
          ConfigField.SERVER_HOST,
          ConfigField.SERVER_PORT,
          ConfigField.SERVER_EMIT,
          ConfigField.SERVER_NAMESPACE,
          ConfigField.SERVER_IMAGE);

  static KubernetesGates read(ConfigInput in) {
    KubernetesGates d = KubernetesGates.DEFAULT;
    // The first field written of those only the k8s-when-ready runtime reads: warned when the
    // gates run kubectl, unless the config has errors to fix first.
    Field serverOnly = null;
    for (ConfigField f : SERVER_ONLY) {
      if (serverOnly == null && in.peek(f) != null) {
        serverOnly = in.peek(f);
      }
    }
    KubernetesGates.Runtime runtime =
        in.choice(ConfigField.KUBERNETES_GATES, d.runtime(), KubernetesGates.Runtime::valueOf);
    // Written but invalid: an error of its own already, not "missing" too.
    boolean clientWritten = in.peek(ConfigField.IMAGES_WHEN_READY) != null;
    Field namespaceField = in.peek(ConfigField.SERVER_NAMESPACE);
    Field serverField = in.peek(ConfigField.SERVER_IMAGE);
    boolean namespaceWritten = namespaceField != null;
    boolean serverWritten = serverField != null;
    String client = in.image(ConfigField.IMAGES_WHEN_READY, d.clientImage());
    Field hostField = in.take(ConfigField.SERVER_HOST);
    String host = hostField == null ? d.host() : hostField.text();
    if (!TargetSyntax.lowercaseHostname(host)) {
      in.invalid(
          hostField,
          "not a host name (labels of lowercase letters, digits and - up to 63 characters,"
              + " joined by single dots)",
          ConfigField.SERVER_HOST.example());
    }
    Field portField = in.take(ConfigField.SERVER_PORT);
    int port = d.port();
    if (portField != null) {
      if (portField.text().matches("[1-9]\\d{0,4}")
          && Integer.parseInt(portField.text()) >= 1
          && Integer.parseInt(portField.text()) <= 65535) {
        port = Integer.parseInt(portField.text());
      } else {
        in.invalid(portField, "not a port from 1 to 65535", ConfigField.SERVER_PORT.example());
      }
    }
    Field emitField = in.peek(ConfigField.SERVER_EMIT);
    boolean emit = in.bool(ConfigField.SERVER_EMIT, false);
    String namespace =
        in.matching(
            in.take(ConfigField.SERVER_NAMESPACE),
            ConfigField.SERVER_NAMESPACE,
            null,
            TargetSyntax::dnsLabel,
            ConfigInput.NAMESPACE);
    String server = in.image(ConfigField.SERVER_IMAGE, d.serverImage());
    KubernetesGates k = new KubernetesGates(runtime, client, host, port, emit, namespace, server);
    if (k.whenReady() && client == null && !clientWritten) {
      in.error(
          in.path(ConfigField.IMAGES_WHEN_READY),
          null,
          "kubernetesGates: when-ready-server needs the k8s-when-ready client image, pinned by"
              + " digest (startgate ships no default: no digest of it could be verified); set"
              + " images.whenReady like docker.io/jeffvalore/k8s-when-ready:0.2.0@sha256:<digest>");
    }
    if (emit && (namespace == null && !namespaceWritten || server == null && !serverWritten)) {
      // On the field that asks for them, as written (data.whenReadyServer.emitServer): only what
      // is missing (a field set but invalid has its own error).
      List<String> missing = new ArrayList<>();
      if (namespace == null && !namespaceWritten) {
        missing.add("whenReadyServer.namespace (where the server runs, like tools)");
      }
      if (server == null && !serverWritten) {
        missing.add(
            "whenReadyServer.image (pinned by digest, like"
                + " docker.io/jeffvalore/k8s-when-ready-server:0.2.0@sha256: and its digest)");
      }
      in.error(emitField, "emitServer: true needs " + String.join(" and ", missing));
    }
    if (!k.whenReady() && serverOnly != null && !in.failed()) {
      in.warning(
          serverOnly,
          "read only with kubernetesGates: when-ready-server, and this config's Kubernetes gates"
              + " run kubectl, so it changes nothing; set kubernetesGates: when-ready-server, or"
              + " remove images.whenReady and whenReadyServer");
    }
    if (k.whenReady() && !emit && (namespaceWritten || serverWritten) && !in.failed()) {
      String fields =
          namespaceWritten && serverWritten
              ? "whenReadyServer.namespace and whenReadyServer.image are"
              : namespaceWritten ? "whenReadyServer.namespace is" : "whenReadyServer.image is";
      in.warning(
          namespaceWritten ? namespaceField : serverField,
          fields
              + " read only with whenReadyServer.emitServer: true (the server startgate"
              + " generates); without it the clients find the server you run at"
              + " whenReadyServer.host ("
              + host
              + "), so "
              + (namespaceWritten && serverWritten ? "they change" : "it changes")
              + " nothing; remove "
              + (namespaceWritten && serverWritten ? "them" : "it")
              + ", or set emitServer: true");
    }
    if (emit && hostField != null && namespace != null && !in.failed()) {
      // The server is generated as the host's first label in whenReadyServer.namespace: a host
      // that names another namespace (NAME.NS, NAME.NS.svc...) or another domain is a server
      // nobody generates. One label is made NAME.NAMESPACE.svc (KubernetesGates.clientHost).
      String[] labels = host.split("\\.");
      if (!Character.isLetter(labels[0].charAt(0))) {
        in.invalid(
            hostField,
            "no name for the server startgate generates (with emitServer: true the host's first"
                + " label is its Service's name, and a Service name starts with a letter)",
            ConfigField.SERVER_HOST.example());
      } else if (labels.length >= 2
          && (!labels[1].equals(namespace) || labels.length >= 3 && !labels[2].equals("svc"))) {
        in.warning(
            hostField,
            Result.quoted(host)
                + " is not the server startgate generates with emitServer: true (Service "
                + labels[0]
                + " in whenReadyServer.namespace "
                + namespace
                + "), so the clients would not find it; write "
                + labels[0]
                + "."
                + namespace
                + ".svc");
      }
    }
    return k;
  }
}
