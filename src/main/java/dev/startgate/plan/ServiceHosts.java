package dev.startgate.plan;

import dev.startgate.intent.Target;
import dev.startgate.model.ControllerLabels;
import dev.startgate.model.Digits;
import dev.startgate.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which Service a network target's host names, by the cluster's DNS rules. */
final class ServiceHosts {
  private ServiceHosts() {}

  /** The host of a network target, else null. */
  static final Target.Visitor<String> HOST =
      new Target.Visitor<>() {
        @Override
        public String tcp(Target.Tcp t) {
          return t.host();
        }

        @Override
        public String http(Target.Http t) {
          return t.host();
        }

        @Override
        public String protocol(Target.Protocol t) {
          return t.host();
        }

        @Override
        public String service(Target.Service t) {
          return null;
        }

        @Override
        public String workload(Target.Workload t) {
          return null;
        }

        @Override
        public String custom(Target.Custom t) {
          return null;
        }

        @Override
        public String pods(Target.Pods t) {
          return null;
        }
      };

  /**
   * The namespace and name of the Service that {@code host} names from a pod in {@code namespace}
   * (null: none), or null if it names none: {@code db} (the pod's namespace), {@code db.shop},
   * {@code db.shop.svc[.DOMAIN]}, and a pod of a headless Service, {@code
   * pg-0.pg.shop.svc[.DOMAIN]}. An IP address or another name is no Service.
   */
  static String[] at(String host, String namespace) {
    String[] parts = labels(host);
    return parts == null
        ? null
        : switch (parts.length) {
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

  /** The labels of a host name, lowercased, without a final dot; null for none or an address. */
  static String[] labels(String host) {
    if (host == null || host.isEmpty() || host.contains(":")) {
      return null; // none, or an IPv6 address
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (Digits.only(h.substring(h.lastIndexOf('.') + 1), 1, Integer.MAX_VALUE)) {
      return null; // an IPv4 address (no stream or regular expression: every network target)
    }
    return h.split("\\.", -1);
  }

  /**
   * The pod a host of a headless Service names, {@code pg-0} of {@code pg-0.pg.shop.svc[.DOMAIN]}
   * (a StatefulSet pod's own DNS name); null for any other host.
   */
  static String podOf(String host) {
    if (host == null) {
      return null;
    }
    String[] parts = host.toLowerCase(Locale.ROOT).split("\\.", 5);
    return parts.length >= 4 && parts[3].equals("svc") ? parts[0] : null;
  }

  /**
   * Of {@code workloads}, those whose pods may be {@code pod}: a StatefulSet's only when it has a
   * pod of that name, any other workload as its pods may set {@code hostname} to it.
   */
  static List<Resource> withPod(List<Resource> workloads, String pod) {
    LabelSelector named = LabelSelector.parse(ControllerLabels.POD_NAME + "=" + pod);
    List<Resource> out = new ArrayList<>();
    for (Resource r : workloads) {
      if (!r.kind().equals("StatefulSet") || named.matchesSomePod(r.facts())) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The workloads {@code behind} a Service that {@code waiting} connects to, without {@code
   * waiting} itself when others are behind it too: a connection to a Service needs one ready pod,
   * and the others' pods answer while the waiting one's are held back (a canary behind the stable
   * Deployment's Service, a replica behind its primary's). Alone behind it, it waits for itself.
   */
  static List<Resource> answering(List<Resource> behind, Resource waiting) {
    if (behind.size() < 2) {
      return behind;
    }
    List<Resource> out = new ArrayList<>(behind.size());
    for (Resource r : behind) {
      if (r != waiting) { // the same object, not an equal one
        out.add(r);
      }
    }
    return out.size() == behind.size() ? behind : out;
  }
}
