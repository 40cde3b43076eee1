package dev.startgate.plan;

import dev.startgate.model.Resource;

/** The Service of the input, and the pod of it, that a network target's host names. */
final class HostServices {
  private HostServices() {}

  /**
   * A Service of the input that a host names, and the pod of it the host names (null: any pod).
   *
   * @param service the Service
   * @param pod the pod's name, or null
   */
  record Named(Resource service, String pod) {}

  /**
   * The Service of {@code inventory} that {@code host} names from a pod in {@code namespace}, as
   * {@link ServiceHosts#at} reads it, or a StatefulSet pod by its short names, {@code pg-0.pg} (the
   * pod's namespace) and {@code pg-0.pg.data}, which the pod's DNS search list tries first (as
   * {@code pg-0.pg.NAMESPACE.svc.DOMAIN}) when a StatefulSet of the input has that pod behind that
   * Service; null if it names none.
   */
  static Named find(String host, String namespace, Inventory inventory) {
    String[] parts = ServiceHosts.labels(host);
    if (parts == null) {
      return null;
    }
    if (parts.length == 2 || parts.length == 3 && !parts[2].equals("svc")) {
      String in = parts.length == 2 ? namespace : parts[2];
      Resource service = inventory.find("Service", in, parts[1]).orElse(null);
      if (service != null) {
        for (Resource r : inventory.behind(service, parts[0])) {
          if (r.kind().equals("StatefulSet")) {
            return new Named(service, parts[0]);
          }
        }
      }
    }
    String[] at = ServiceHosts.at(host, namespace);
    Resource service = at == null ? null : inventory.find("Service", at[0], at[1]).orElse(null);
    return service == null ? null : new Named(service, ServiceHosts.podOf(host));
  }
}
