package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.intent.Suggestions;
import dev.startgate.intent.Target;
import dev.startgate.model.Resource;
import dev.startgate.model.ServicePort;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ServiceNamesTest {
  private static final List<String> NAMESPACES = List.of("", "shop", "data");
  private static final List<String> PARTS =
      List.of("db", "dB", "pg", "prod", "bd", "db-x", "a", "postgres-primary-replica-set-one");

  @Test
  void suggestsAServiceElsewhereThenAnAffixThenATypo() throws Exception {
    ServiceNames names =
        new ServiceNames(
            parse(
                service("data", "postgres", "TCP")
                    + "---\n"
                    + service("shop", "prod-redis", "TCP")
                    + "---\n"
                    + service("shop", "mysqll", "TCP")
                    + "---\n"
                    + service("shop", "mysql-udp", "UDP")));
    assertEquals("service/data/postgres:p", names.meant(target("shop", "postgres", "p"), "shop"));
    assertEquals("service/shop/prod-redis:p", names.meant(target("shop", "redis", null), "shop"));
    assertEquals("service/shop/mysqll:p", names.meant(target("shop", "mysql", null), "shop"));
    assertEquals(null, names.meant(target("shop", "none", null), "shop"));
  }

  /**
   * The index suggests what a scan of every Service, in order of namespace and name, suggested
   * before it (the oracle below), on random inputs of near names: affixes, swaps, ports, UDP only,
   * Knative Services and no namespace among them.
   */
  @Test
  void theIndexSuggestsWhatAScanOfEveryServiceDid() throws Exception {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      List<String> docs = new ArrayList<>();
      for (int n = random.nextInt(12); n > 0; n--) {
        docs.add(
            service(
                pick(NAMESPACES, random),
                name(random),
                random.nextInt(5) == 0 ? "UDP" : "TCP",
                random.nextInt(6) == 0 ? "serving.knative.dev/v1" : "v1"));
      }
      List<Resource> services = docs.isEmpty() ? List.of() : parse(String.join("---\n", docs));
      ServiceNames names = new ServiceNames(services);
      for (int t = 0; t < 20; t++) {
        String namespace = pick(NAMESPACES, random);
        Target.Service s =
            target(
                random.nextBoolean() ? namespace : null,
                name(random),
                random.nextBoolean() ? null : pick(List.of("p", "q", "80", "81"), random));
        String in = s.namespace() != null ? s.namespace() : namespace;
        assertEquals(oracle(s, in, services), names.meant(s, in), s + " in " + in + ": " + docs);
      }
    }
  }

  private static String name(Random random) {
    String name = pick(PARTS, random);
    if (random.nextInt(3) == 0) {
      name = pick(PARTS, random) + "-" + name;
    }
    if (random.nextInt(3) == 0) {
      name = name + "-" + pick(PARTS, random);
    }
    return random.nextInt(4) == 0 ? name + "ql" : name;
  }

  private static <T> T pick(List<T> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }

  private static Target.Service target(String namespace, String name, String port) {
    String text =
        "service/"
            + (namespace == null ? "" : namespace + "/")
            + name
            + (port == null ? "" : ":" + port);
    return new Target.Service(text, namespace, name, port);
  }

  private static String service(String namespace, String name, String protocol) {
    return service(namespace, name, protocol, "v1");
  }

  private static String service(String namespace, String name, String protocol, String version) {
    return "apiVersion: "
        + version
        + "\nkind: Service\nmetadata: {name: "
        + name
        + (namespace.isEmpty() ? "" : ", namespace: " + namespace)
        + "}\nspec:\n  ports:\n  - {name: p, port: 80, protocol: "
        + protocol
        + "}\n  - {name: q, port: 81, protocol: "
        + protocol
        + "}\n";
  }

  private static List<Resource> parse(String yaml) throws Exception {
    List<Resource> out = new ArrayList<>();
    for (YDocument d : new YamlParser(YamlLimits.DEFAULT).parse(yaml)) {
      out.add(Resource.of((YMapping) d.root()));
    }
    return out;
  }

  /** The scan ServiceNames.meant made before its index, kept as it was. */
  private static String oracle(Target.Service s, String namespace, List<Resource> all) {
    List<Resource> services = new ArrayList<>(all);
    services.sort(
        Comparator.comparing(Resource::namespace, Comparator.nullsFirst(String::compareTo))
            .thenComparing(Resource::name));
    Resource best = null;
    int bestScore = Integer.MAX_VALUE;
    Resource elsewhere = null;
    for (Resource r : services) {
      if (!r.ref().apiVersion().equals("v1") || tcpPorts(r).isEmpty()) {
        continue;
      }
      String name = r.name();
      if (name.equals(s.name())) {
        boolean named = r.namespace() != null && !r.namespace().isEmpty();
        if (named && !r.namespace().equals(namespace)) {
          if (elsewhere == null
              || tcpPort(elsewhere, s.port()) == null && tcpPort(r, s.port()) != null) {
            elsewhere = r;
          }
        }
        continue;
      }
      if (!Objects.equals(r.namespace(), namespace)) {
        continue;
      }
      boolean affix = name.endsWith("-" + s.name()) || name.startsWith(s.name() + "-");
      int score = affix ? 1 : Suggestions.distance(s.name(), name);
      if ((affix || score <= Math.min(2, s.name().length() / 3)) && score < bestScore) {
        best = r;
        bestScore = score;
      }
    }
    if (elsewhere != null) {
      return target(elsewhere.namespace(), elsewhere, s.port(), s.text());
    }
    return best == null ? null : target(s.namespace(), best, s.port(), s.text());
  }

  private static String target(String namespace, Resource r, String port, String written) {
    String kept = tcpPort(r, port);
    List<ServicePort> tcp = tcpPorts(r);
    String suffix = kept != null ? ":" + kept : tcp.size() == 1 ? "" : ":" + tcp.get(0).asTarget();
    String text = "service/" + (namespace == null ? "" : namespace + "/") + r.name() + suffix;
    return text.equals(written) ? null : text;
  }

  private static String tcpPort(Resource r, String port) {
    for (ServicePort p : tcpPorts(r)) {
      if (p.isCalled(port)) {
        return port;
      }
    }
    return null;
  }

  private static List<ServicePort> tcpPorts(Resource r) {
    return r.facts().servicePorts().stream().filter(ServicePort::tcp).toList();
  }
}
