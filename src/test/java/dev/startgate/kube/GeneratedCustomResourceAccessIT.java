package dev.startgate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.intent.CrdFacts;
import dev.startgate.testing.InProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The wiring of custom-resource targets (#13) against the real kubectl: startgate rewrites a Job
 * that waits for a namespaced CloudNativePG Cluster (a field value) and a cluster-scoped
 * cert-manager ClusterIssuer; the gate's arguments are read back from its output ({@code
 * TYPE/NAMESPACE/NAME[ RULE]}) and the generated container's own script runs them with dash, with
 * the gate's token holding exactly the generated Role and ClusterRole (bound by the generated
 * RoleBinding and ClusterRoleBinding to the generated ServiceAccount). Both targets become ready
 * while the gate waits; every request must be allowed, so the generated RBAC and argument are
 * enough, and every rule must be used, so they are not wider than needed.
 */
class GeneratedCustomResourceAccessIT {
  private static final String TOKEN = "gate";
  private static final List<String> CRDS =
      List.of(CustomResources.CNPG_CLUSTER, CustomResources.CLUSTER_ISSUER);
  private static final String JOB =
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
        namespace: shop
        annotations:
          startgate.dev/wait-for: |
            clusters.postgresql.cnpg.io/db jsonpath={.status.phase}=Cluster in healthy state
            clusterissuers.cert-manager.io/ca
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{name: migrate, image: migrate:1}]
      """;

  @TempDir Path work;
  private FakeApiServer server;

  @BeforeEach
  void start() throws Exception {
    List<CrdFacts> facts = CRDS.stream().map(CustomResources::facts).toList();
    server = new FakeApiServer(CustomResources.discovery(Discovery.standard(), facts));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void theGeneratedArgumentsAndRbacAreEnoughAndNoWider() throws Exception {
    String input = String.join("---\n", CRDS) + "---\n" + JOB;
    InProcess.Run run = InProcess.run(List.of(), input.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, run.code(), run.err());
    List<Map<String, Object>> docs = documents(run.out());
    List<String> container = gateContainer(docs);
    List<String> args = container.subList(4, container.size());
    assertEquals(
        List.of(
            "clusters.postgresql.cnpg.io/shop/db {\"checks\":[{\"field\":\"{.status.phase}\","
                + "\"steps\":[{\"key\":\"status\"},{\"key\":\"phase\"}],"
                + "\"value\":\"Cluster in healthy state\"}]}",
            "clusterissuers.cert-manager.io/-/ca"),
        args);
    List<Rbac.Rule> rules = rules(docs, "shop", "migrate-startgate");
    assertEquals(2, rules.size(), "one Role rule, one ClusterRole rule: " + rules);
    List<Boolean> used = new ArrayList<>(List.of(false, false));
    server.authorize(
        TOKEN,
        a -> {
          if (!a.resourceRequest()) {
            return true; // discovery, allowed to everyone (system:discovery)
          }
          for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).allows(a)) {
              used.set(i, true);
              return true;
            }
          }
          return false;
        });
    CrdFacts cnpg = CustomResources.facts(CustomResources.CNPG_CLUSTER);
    CrdFacts issuer = CustomResources.facts(CustomResources.CLUSTER_ISSUER);
    create(cnpg, "shop", "db", "{\"status\":{\"phase\":\"Setting up primary\"}}");
    create(issuer, null, "ca", null);
    Thread later =
        new Thread(
            () -> {
              try {
                Thread.sleep(1500);
                status(cnpg, "shop", "db", "{\"status\":{\"phase\":\"Cluster in healthy state\"}}");
                status(
                    issuer,
                    null,
                    "ca",
                    "{\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}}");
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    later.start();
    String output;
    try {
      output = runGate(container.get(0), args, 40);
    } catch (AssertionError e) {
      List<String> seen = new ArrayList<>();
      for (FakeApiServer.Request r : server.requests(TOKEN)) {
        seen.add((r.allowed() ? "allowed " : "denied ") + RequestAttributes.of(r));
      }
      throw new AssertionError(e.getMessage() + "\nrules: " + rules + "\nrequests: " + seen, e);
    }
    for (String arg : args) {
      // The log names a target by its argument up to the rule, without a cluster-scoped one's -.
      String label =
          (arg.contains(" ") ? arg.substring(0, arg.indexOf(' ')) : arg).replace("/-/", "/");
      assertTrue(output.contains(label + ": ready (try "), label + ": " + output);
    }
    assertTrue(output.contains("all 2 targets ready"), output);
    later.join();
    for (FakeApiServer.Request r : server.requests(TOKEN)) {
      RequestAttributes a = RequestAttributes.of(r);
      boolean namespaceProbe =
          a.verb().equals("get")
              && a.resource().equals("namespaces")
              && a.name().equals(a.namespace());
      assertTrue(r.allowed() || namespaceProbe, "denied: " + a);
    }
    assertEquals(List.of(true, true), used, "every generated rule is needed");
  }

  /**
   * Runs the generated Kubernetes gate {@code script} on the generated target {@code args} with
   * dash, a {@code timeoutSeconds} deadline, interval 1 s and no uptime.
   */
  private String runGate(String script, List<String> args, int timeoutSeconds) throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path kubectl = bin.resolve("kubectl");
    if (!Files.exists(kubectl)) {
      List<Path> binaries = Kubectl.binaries("1.33");
      Files.createSymbolicLink(kubectl, binaries.get(binaries.size() - 1));
    }
    Path home = Files.createDirectories(work.resolve("home"));
    Path kubeconfig = work.resolve("kubeconfig");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        clusters: [{name: c, cluster: {server: "%s", certificate-authority: "%s"}}]
        users: [{name: u, user: {token: %s}}]
        contexts: [{name: x, context: {cluster: c, user: u, namespace: elsewhere}}]
        current-context: x
        """
            .formatted(server.url(), server.certificateFile(), TOKEN));
    List<String> command = new ArrayList<>(List.of("/usr/bin/dash", "-c", script, "startgate"));
    command.addAll(List.of(Integer.toString(timeoutSeconds), "1", "0"));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().put("HOME", home.toString());
    pb.environment().put("KUBECONFIG", kubeconfig.toString());
    Path out = work.resolve("out");
    pb.redirectOutput(out.toFile());
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds + 30L, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("the gate outlived its deadline: " + Files.readString(out));
    }
    String output = Files.readString(out);
    assertEquals(0, p.exitValue(), output);
    return output;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Map<String, Object>> documents(String yaml) {
    List<Map<String, Object>> docs = new ArrayList<>();
    try (MappingIterator<Map> it = new YAMLMapper().readerFor(Map.class).readValues(yaml)) {
      while (it.hasNext()) {
        Map<String, Object> doc = it.next();
        if (doc != null) {
          docs.add(doc);
        }
      }
    }
    return docs;
  }

  /**
   * The Job's Kubernetes gate: its script, then its arguments (timeout, interval, uptime, targets).
   */
  @SuppressWarnings("unchecked")
  private static List<String> gateContainer(List<Map<String, Object>> docs) {
    for (Map<String, Object> d : docs) {
      if ("Job".equals(d.get("kind"))) {
        Map<String, Object> spec =
            (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) d.get("spec")).get("template"))
                    .get("spec");
        for (Map<String, Object> c : (List<Map<String, Object>>) spec.get("initContainers")) {
          if ("startgate-kubernetes".equals(c.get("name"))) {
            List<String> out = new ArrayList<>();
            out.add(((List<String>) c.get("command")).get(2));
            out.addAll((List<String>) c.get("args"));
            return out;
          }
        }
      }
    }
    throw new AssertionError("no startgate-kubernetes container");
  }

  /**
   * The rules the generated Roles and ClusterRoles grant to ServiceAccount {@code
   * namespace/account} through the generated bindings; a ClusterRole's rules hold in every
   * namespace and for cluster-scoped objects (namespace {@code ""} here: this test's objects are
   * cluster-scoped).
   */
  @SuppressWarnings("unchecked")
  private static List<Rbac.Rule> rules(
      List<Map<String, Object>> docs, String namespace, String account) {
    List<Rbac.Rule> out = new ArrayList<>();
    for (Map<String, Object> binding : docs) {
      Object kind = binding.get("kind");
      if (!"RoleBinding".equals(kind) && !"ClusterRoleBinding".equals(kind)) {
        continue;
      }
      boolean cluster = "ClusterRoleBinding".equals(kind);
      Map<String, Object> subject = ((List<Map<String, Object>>) binding.get("subjects")).get(0);
      assertEquals(account, subject.get("name"));
      assertEquals(namespace, subject.get("namespace"));
      Map<String, Object> roleRef = (Map<String, Object>) binding.get("roleRef");
      assertEquals(cluster ? "ClusterRole" : "Role", roleRef.get("kind"));
      Map<String, Object> bindingMeta = (Map<String, Object>) binding.get("metadata");
      for (Map<String, Object> role : docs) {
        Map<String, Object> meta = (Map<String, Object>) role.get("metadata");
        if (roleRef.get("kind").equals(role.get("kind"))
            && roleRef.get("name").equals(meta.get("name"))) {
          String where = cluster ? "" : (String) bindingMeta.get("namespace");
          for (Map<String, Object> r : (List<Map<String, Object>>) role.get("rules")) {
            out.add(
                new Rbac.Rule(
                    where,
                    (String) meta.get("name"),
                    (List<String>) r.get("apiGroups"),
                    (List<String>) r.get("resources"),
                    (List<String>) r.getOrDefault("resourceNames", List.of()),
                    (List<String>) r.get("verbs")));
          }
        }
      }
    }
    return out;
  }

  private void create(CrdFacts c, String namespace, String name, String status) {
    CustomResources.create(server, c, namespace, name, 1, status);
  }

  private void status(CrdFacts c, String namespace, String name, String patch) {
    server.apply(
        "PATCH",
        CustomResources.collection(c, namespace) + "/" + name + "/status",
        "application/merge-patch+json",
        patch);
  }
}
