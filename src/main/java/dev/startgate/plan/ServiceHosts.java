package dev.startgate.plan;

import java.util.Locale;

/** Which Service a network target's host names, by the cluster's DNS rules. Pure: strings only. */
final class ServiceHosts {
  private ServiceHosts() {}

  /**
   * The namespace and name of the Service that {@code host} names from a pod in {@code namespace}
   * (null: none), or null if it names none: {@code db} (the pod's namespace), {@code db.shop},
   * {@code db.shop.svc[.DOMAIN]}, and a pod of a headless Service, {@code
   * pg-0.pg.shop.svc[.DOMAIN]}. An IP address or another name is no Service.
   */
  static String[] at(String host, String namespace) {
    if (host == null || host.isEmpty() || host.contains(":")) {
      return null; // none, or an IPv6 address
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    String[] parts = h.split("\\.", -1);
    if (parts[parts.length - 1].chars().allMatch(Character::isDigit)) {
      return null; // an IPv4 address
    }
    return switch (parts.length) {
      case 1 -> new String[] {namespace, parts[0]};
      case 2 -> new String[] {parts[1], parts[0]};
      default ->
          parts[2].equals("svc")
              ? new String[] {parts[1], parts[0]}
              : parts.length >= 4 && parts[3].equals("svc")
                  ? new String[] {parts[2], parts[1]}
                  : null;
    };
  }
}
