package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceTargetParserTest {
  private static final CrdFacts CNPG =
      new CrdFacts("postgresql.cnpg.io", "Cluster", "clusters", "cluster", false, List.of("v1"));
  private static final CrdFacts ISSUER =
      new CrdFacts(
          "cert-manager.io",
          "ClusterIssuer",
          "clusterissuers",
          "clusterissuer",
          true,
          List.of("v1"));
  private static final CrdFacts POLICY =
      new CrdFacts(
          "example.io",
          "NetworkPolicy",
          "networkpolicies",
          "networkpolicy",
          false,
          List.of("v1alpha1", "v1"));
  private static final List<CrdFacts> CRDS = List.of(CNPG, ISSUER, POLICY);

  private final ResourceTargetParser parser = new ResourceTargetParser();

  private ResourceTarget ok(String text, List<CrdFacts> crds) {
    ResourceTargetParser.Parsed p = parser.parse(text, crds);
    assertNull(p.error(), text);
    assertNull(p.builtIn(), text);
    return p.resource();
  }

  private String error(String text, List<CrdFacts> crds) {
    ResourceTargetParser.Parsed p = parser.parse(text, crds);
    assertNull(p.resource(), text);
    assertNull(p.builtIn(), text);
    return p.error();
  }

  @Test
  void pluralResourceAndGroupWithoutAnyCrd() {
    ResourceTarget t = ok("certificates.cert-manager.io/web-tls", List.of());
    assertEquals("certificates", t.resource());
    assertEquals("cert-manager.io", t.group());
    assertNull(t.version());
    assertNull(t.namespace());
    assertEquals("web-tls", t.name());
    assertEquals(ResourceTarget.Scope.ASSUMED_NAMESPACED, t.scope());
    assertEquals("certificates.cert-manager.io", t.kubectlType());
    assertEquals("condition=Ready", t.waitsFor());
    assertEquals("{\"checks\":[{\"condition\":\"Ready\",\"status\":\"True\"}]}", t.ruleJson());
  }

  @Test
  void namespaceAndVersion() {
    ResourceTarget t = ok("kafkas.v1beta2.kafka.strimzi.io/streaming/events", List.of());
    assertEquals("kafkas", t.resource());
    assertEquals("v1beta2", t.version());
    assertEquals("kafka.strimzi.io", t.group());
    assertEquals("streaming", t.namespace());
    assertEquals("kafkas.v1beta2.kafka.strimzi.io", t.kubectlType());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Cluster.postgresql.cnpg.io/db",
        "cluster.postgresql.cnpg.io/db",
        "clusters.postgresql.cnpg.io/db",
        "clusters.v1.postgresql.cnpg.io/db"
      })
  void kindsAndSingularsResolveToThePluralWithACrd(String text) {
    ResourceTarget t = ok(text, CRDS);
    assertEquals("clusters", t.resource());
    assertEquals(ResourceTarget.Scope.NAMESPACED, t.scope());
  }

  @Test
  void aKindWithoutItsCrdSuggestsThePlural() {
    String e = error("Cluster.postgresql.cnpg.io/db", List.of());
    assertTrue(e.contains("no CustomResourceDefinition for Cluster"), e);
    assertTrue(e.contains("probably clusters.postgresql.cnpg.io/db"), e);
    String p = error("NetworkPolicy.other.io/shop/x", CRDS);
    assertTrue(p.contains("probably networkpolicies.other.io/shop/x"), p);
    String g = error("Backup.postgresql.cnpg.io/db", CRDS);
    assertTrue(g.contains("define no kind Backup (they define Cluster as clusters)"), g);
  }

  /** kubectl resolves a CRD's short names; the Role must name the plural and the right scope. */
  @Test
  void aShortNameFromTheCrdResolvesToThePluralAndItsScope() {
    CrdFacts helm =
        new CrdFacts(
            "helm.toolkit.fluxcd.io",
            "HelmRelease",
            "helmreleases",
            "helmrelease",
            false,
            List.of("v2"),
            List.of("hr"),
            List.of());
    CrdFacts store =
        new CrdFacts(
            "external-secrets.io",
            "ClusterSecretStore",
            "clustersecretstores",
            "clustersecretstore",
            true,
            List.of("v1beta1"),
            List.of("css"),
            List.of());
    ResourceTarget hr = ok("hr.helm.toolkit.fluxcd.io/shop/api", List.of(helm, store));
    assertEquals("helmreleases", hr.resource());
    assertEquals("helmreleases.helm.toolkit.fluxcd.io", hr.kubectlType());
    ResourceTarget css = ok("css.external-secrets.io/vault", List.of(helm, store));
    assertEquals("clustersecretstores", css.resource());
    assertTrue(css.clusterScoped());
  }

  /**
   * As kubectl: a plural or singular is never overridden by another CRD's short name, whatever the
   * order of the input; a short name two CRDs give is an error, not the first one's.
   */
  @Test
  void aPluralWinsOverAShortNameAndAnAmbiguousShortNameIsAnError() {
    CrdFacts widgets =
        new CrdFacts(
            "example.io",
            "Widget",
            "widgets",
            "widget",
            false,
            List.of("v1"),
            List.of("wombats", "wombat", "w"),
            List.of());
    CrdFacts wombats =
        new CrdFacts(
            "example.io",
            "Wombat",
            "wombats",
            "wombat",
            true,
            List.of("v1"),
            List.of("w"),
            List.of());
    for (List<CrdFacts> crds : List.of(List.of(widgets, wombats), List.of(wombats, widgets))) {
      assertEquals("wombats", ok("wombats.example.io/x", crds).resource());
      assertTrue(ok("wombats.example.io/x", crds).clusterScoped());
      assertEquals("wombats", ok("wombat.example.io/x", crds).resource());
      String e = error("w.example.io/shop/x", crds);
      assertTrue(e.contains("the short name w is given by 2 CustomResourceDefinitions"), e);
      assertTrue(e.contains("(" + crds.get(0).name() + ", " + crds.get(1).name() + ")"), e);
      // The example parses: the namespaced one for a namespace written, the name alone else.
      assertTrue(e.endsWith("e.g. widgets.example.io/shop/x"), e);
      assertNull(parser.parse("widgets.example.io/shop/x", crds).error());
      String cluster = error("w.v1.example.io/x", crds);
      assertTrue(cluster.endsWith("e.g. " + crds.get(0).plural() + ".v1.example.io/x"), cluster);
      assertNull(parser.parse(crds.get(0).plural() + ".v1.example.io/x", crds).error());
    }
    assertEquals("widgets", ok("w.example.io/x", List.of(widgets)).resource());
  }

  @Test
  void anUnservedVersionIsAnErrorWhenTheCrdIsKnown() {
    String e = error("clusters.v2.postgresql.cnpg.io/db", CRDS);
    assertTrue(e.contains("serves no version v2 (it serves v1)"), e);
    assertTrue(e.contains("clusters.v1.postgresql.cnpg.io/db"), e);
    // The example keeps the target's namespace (review EE: it moved the target to the pod's).
    String other = error("clusters.v2.postgresql.cnpg.io/data/db", CRDS);
    assertTrue(other.contains("e.g. clusters.v1.postgresql.cnpg.io/data/db"), other);
    // But not the namespace of a cluster-scoped one, which the next run refuses (review EH).
    String cluster = error("clusterissuers.v9.cert-manager.io/shop/le", CRDS);
    assertTrue(cluster.contains(".cert-manager.io/le"), cluster);
  }

  @Test
  void aCrdThatServesNoVersionIsAnErrorPinnedOrNot() {
    CrdFacts off =
        new CrdFacts(
            "postgresql.cnpg.io",
            "Cluster",
            "clusters",
            "cluster",
            false,
            List.of(),
            List.of(),
            List.of("v1"));
    for (String text :
        List.of("clusters.postgresql.cnpg.io/db", "clusters.v1.postgresql.cnpg.io/db")) {
      String e = error(text, List.of(off));
      assertTrue(e.contains("serves no version (every one, v1, has served: false)"), e);
      assertTrue(e.contains("e.g. clusters.v1.postgresql.cnpg.io/db"), e);
    }
    // A CRD without versions at all (an old spec.version-less one) still names its resource.
    CrdFacts bare =
        new CrdFacts("postgresql.cnpg.io", "Cluster", "clusters", "cluster", false, List.of());
    assertEquals("clusters", ok("cluster.postgresql.cnpg.io/db", List.of(bare)).resource());
  }

  @Test
  void clusterScopedFromTheCrdOrTheOption() {
    assertTrue(ok("clusterissuers.cert-manager.io/letsencrypt", CRDS).clusterScoped());
    assertTrue(ok("clusterissuers.cert-manager.io/le scope=Cluster", List.of()).clusterScoped());
    String ns = error("clusterissuers.cert-manager.io/shop/letsencrypt", CRDS);
    assertTrue(
        ns.contains("is cluster-scoped; write clusterissuers.cert-manager.io/letsencrypt"), ns);
    // Without the CRD the fix keeps the options (review EE: it dropped scope=Cluster, and the
    // target written so was taken as namespaced).
    String option =
        error("providers.pkg.crossplane.io/crossplane-system/aws scope=Cluster", List.of());
    assertTrue(option.contains("write providers.pkg.crossplane.io/aws scope=Cluster"), option);
    // A kind of a well-known cluster-scoped resource: the suggestion says scope=Cluster (EH).
    String gc = error("GatewayClass.gateway.networking.k8s.io/istio", List.of());
    assertTrue(gc.contains("gatewayclasses.gateway.networking.k8s.io/istio scope=Cluster"), gc);
    // kubectl's JSONPath root and a kubectl wait flag copied as it is (review EE).
    ok("clusters.postgresql.cnpg.io/db jsonpath={$.status.phase}=Running", CRDS);
    String flag = error("clusters.postgresql.cnpg.io/db --for=condition=Ready", CRDS);
    assertTrue(flag.contains("(did you mean condition=?)"), flag);
    String clash = error("clusters.postgresql.cnpg.io/db scope=Cluster", CRDS);
    assertTrue(clash.contains("the CRD decides"), clash);
    String bad = error("clusterissuers.cert-manager.io/x scope=cluster-wide", List.of());
    assertTrue(bad.contains("\"cluster-wide\""), bad);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "deployments.apps/api|DEPLOYMENT|",
        "deployment.apps/shop/api|DEPLOYMENT|shop",
        "Deployment.v1.apps/api|DEPLOYMENT|",
        "statefulsets.apps/pg|STATEFULSET|",
        "daemonsets.apps/agent|DAEMONSET|",
        "jobs.batch/migrate|JOB|"
      })
  void builtInsMapToTheExistingTargets(String text, WorkloadKind kind, String namespace) {
    ResourceTargetParser.Parsed p = parser.parse(text, List.of());
    Target.Workload w = (Target.Workload) p.builtIn();
    assertEquals(kind, w.kind());
    assertEquals(namespace, w.namespace());
    assertEquals(text, w.text());
  }

  @Test
  void builtInsTakeNoOptionsAndOtherBuiltInsAreRejected() {
    String e = error("deployments.apps/api condition=Available", List.of());
    assertTrue(e.contains("options such as \"condition=Available\" apply to custom resources"), e);
    assertTrue(e.contains("write deployment/api"), e);
    String r = error("replicasets.apps/api", List.of());
    assertTrue(r.contains("\"replicasets.apps\": startgate waits on deployments.apps"), r);
    String v = error("deployments.v1beta1.apps/api", List.of());
    assertTrue(v.contains("served as v1 only"), v);
    // kubectl's short names with the group: the kind meant, as deploy/api is told.
    assertEquals(
        "\"deploy.apps\" is kubectl's short name for deployments.apps, which a Role cannot name;"
            + " write it like deployment/api",
        error("deploy.apps/api", List.of()));
    assertTrue(error("sts.apps/ns/db", List.of()).endsWith("like statefulset/ns/db"));
    assertTrue(error("ds.v1.apps/x", List.of()).endsWith("like daemonset/x"));
  }

  @Test
  void kubernetesOwnGroupsWithADotAreBuiltInsButGroupsBelowThemAreNot() {
    for (String t :
        List.of(
            "customresourcedefinitions.apiextensions.k8s.io/clusters.postgresql.cnpg.io",
            "ingresses.networking.k8s.io/web",
            "storageclasses.storage.k8s.io/fast",
            "clusterroles.rbac.authorization.k8s.io/view")) {
      String e = error(t, List.of());
      assertTrue(e.contains("is built into Kubernetes (API group "), e);
      assertTrue(e.contains("write e.g. certificates.cert-manager.io/web-tls"), e);
    }
    ResourceTarget gateway =
        ok("gateways.gateway.networking.k8s.io/web condition=Programmed", List.of());
    assertEquals("gateway.networking.k8s.io", gateway.group());
    assertEquals(
        "volumesnapshots", ok("volumesnapshots.snapshot.storage.k8s.io/s", List.of()).resource());
  }

  @Test
  void namedConditionsReplaceReadyAndAllMustHold() {
    ResourceTarget t =
        ok("xpostgresqlinstances.db.example.org/db condition=Synced condition=Ready", List.of());
    assertEquals(
        List.of(
            new ResourceTarget.Condition("Synced", "True"),
            new ResourceTarget.Condition("Ready", "True")),
        t.readiness());
    assertEquals("condition=Synced condition=Ready", t.waitsFor());
    ResourceTarget f = ok("widgets.example.io/w condition=Degraded=false", List.of());
    assertEquals(List.of(new ResourceTarget.Condition("Degraded", "False")), f.readiness());
  }

  @Test
  void aFieldValueRunsToTheEndAndMayHoldSpaces() {
    ResourceTarget t =
        ok(
            "clusters.postgresql.cnpg.io/db jsonpath={.status.phase}=Cluster in healthy state",
            CRDS);
    ResourceTarget.Field f = (ResourceTarget.Field) t.readiness().get(0);
    assertEquals("{.status.phase}", f.expression());
    assertEquals("Cluster in healthy state", f.value());
    assertEquals(
        "{\"checks\":[{\"field\":\"{.status.phase}\",\"steps\":[{\"key\":\"status\"},"
            + "{\"key\":\"phase\"}],\"value\":\"Cluster in healthy state\"}]}",
        t.ruleJson());
    assertEquals("jsonpath={.status.phase}=Cluster in healthy state", t.waitsFor());
  }

  /**
   * a.b.c with a version-like b: group c when a CRD there serves version b, else group b.c when a
   * CRD there names a (kubectl's fallback when the server has no such version).
   */
  @Test
  void aVersionLikeFirstLabelIsPartOfTheGroupWhenOnlyThatGroupHasTheResource() {
    CrdFacts inV1 =
        new CrdFacts("v1.example.io", "Widget", "widgets", "widget", false, List.of("v1"));
    CrdFacts alpha =
        new CrdFacts("example.io", "Widget", "widgets", "widget", false, List.of("v1alpha1"));
    CrdFacts both = new CrdFacts("example.io", "Widget", "widgets", "widget", false, List.of("v1"));
    assertEquals("v1.example.io", ok("widgets.v1.example.io/db", List.of(inV1)).group());
    assertEquals("v1.example.io", ok("Widget.v1.example.io/db", List.of(inV1)).group());
    assertEquals("v1.example.io", ok("widgets.v1.example.io/db", List.of(alpha, inV1)).group());
    assertEquals("example.io", ok("widgets.v1.example.io/db", List.of(both, inV1)).group());
    assertEquals("example.io", ok("widgets.v1.example.io/db", List.of()).group());
  }

  /** A kubectl wait line's shell quotes, copied, are an error that shows the option without. */
  @Test
  void shellQuotesAroundAPathOrAValueAreAnError() {
    Map<String, String> fixes =
        Map.of(
            "jsonpath={.status.phase}=\"Running\"", "jsonpath={.status.phase}=Running",
            "jsonpath={.status.phase}='Running'", "jsonpath={.status.phase}=Running",
            "jsonpath='{.status.phase}'=Running", "jsonpath={.status.phase}=Running",
            "jsonpath=\"{.status.ready}\"", "jsonpath={.status.ready}",
            "jsonpath='{.status.phase}=Running'", "jsonpath={.status.phase}=Running");
    for (Map.Entry<String, String> e : fixes.entrySet()) {
      String message = error("clusters.postgresql.cnpg.io/db " + e.getKey(), CRDS);
      assertTrue(message.endsWith(": write " + e.getValue()), message);
      assertTrue(message.contains("quotes that a shell would take out"), message);
    }
    // Quotes inside a value, or inside a filter, are the value's own.
    ok("clusters.postgresql.cnpg.io/db jsonpath={.status.msg}=say \"hi\"", CRDS);
    ok(
        "clusters.postgresql.cnpg.io/db jsonpath={.status.conditions[?(@.type==\"Ready\")].status}=True",
        CRDS);
  }

  @Test
  void fieldForms() {
    ResourceTarget.Field exists =
        (ResourceTarget.Field)
            ok("widgets.example.io/w jsonpath=.status.endpoint", List.of()).readiness().get(0);
    assertNull(exists.value());
    ResourceTarget.Field filter =
        (ResourceTarget.Field)
            ok(
                    "kafkas.kafka.strimzi.io/events condition=Ready"
                        + " jsonpath={.status.conditions[?(@.type==\"Ready\")].status}=True",
                    List.of())
                .readiness()
                .get(1);
    assertEquals(
        List.of(
            new JsonPathSubset.Key("status"),
            new JsonPathSubset.Key("conditions"),
            new JsonPathSubset.Match("type", "Ready"),
            new JsonPathSubset.Key("status")),
        filter.steps());
    assertEquals("True", filter.value());
    ResourceTarget.Field braceless =
        (ResourceTarget.Field)
            ok("widgets.example.io/w jsonpath=.status.items[0]['a.b']=x=y", List.of())
                .readiness()
                .get(0);
    assertEquals(
        List.of(
            new JsonPathSubset.Key("status"),
            new JsonPathSubset.Key("items"),
            new JsonPathSubset.Index(0),
            new JsonPathSubset.Key("a.b")),
        braceless.steps());
    assertEquals("x=y", braceless.value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "widgets.example.io/w jsonpath={.status..phase}=x|is not a JSONPath startgate can evaluate",
        "widgets.example.io/w jsonpath={.status.*}|is not a JSONPath startgate can evaluate",
        "widgets.example.io/w jsonpath=status.phase=x|must start with a dot",
        "widgets.example.io/w jsonpath={.status.phase}x|expected '=' after the closing brace",
        "widgets.example.io/w jsonpath={.status.phase}=|gives no value",
        "widgets.example.io/w condition=Synced condition=Synced|named twice",
        "widgets.example.io/w condition=Ready condition=ready=False|named twice",
        "widgets.example.io/w condition=Ready=maybe|is not True, False or Unknown",
        "widgets.example.io/w condition=Re:dy|is not a valid condition type",
        "widgets.example.io/w conditon=Ready|did you mean condition=?",
        "widgets.example.io/w wait|unknown option \"wait\"",
        "widgets.example.io/w condition|needs a value",
        "widgets.example.io/a/b/c|too many slashes",
        "widgets.example.io/Web|is not a valid object name",
        "widgets.example.io/Shop_1/web|is not a valid namespace",
        "widgets.Example.io/web|is not a valid API group",
        "wid_gets.example.io/web|is not a resource name"
      })
  void errorsNameTheBadValueAndAValidExample(String text, String expected) {
    String e = error(text, List.of());
    assertTrue(e.contains(expected), e);
    assertTrue(
        e.contains("e.g.") || e.contains("write") || e.contains("like") || e.contains("twice"), e);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "clusters.postgresql.cnpg.io/db",
        "Cluster.postgresql.cnpg.io/shop/db condition=Ready",
        "deployments.apps/api",
        "services.serving.knative.dev/api jsonpath={.status.url}=https://api.shop/x",
        "certificates.cert-manager.io/api jsonpath={.status.url}=http://a/b"
      })
  void recognisesItsForm(String text) {
    assertTrue(ResourceTargetParser.isResourceTarget(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tcp://db.shop.svc:5432",
        "http://api.shop/healthz",
        "service/db.x",
        "deployment/api",
        "pods/app.kubernetes.io/name=db",
        "pods/shop/app in (a.b, c)",
        "job/migrate"
      })
  void leavesTheExistingFormsAlone(String text) {
    assertFalse(ResourceTargetParser.isResourceTarget(text));
  }

  @Test
  void suggestedPlurals() {
    assertEquals("policies", ResourceTargetParser.plural("Policy"));
    assertEquals("gateways", ResourceTargetParser.plural("Gateway"));
    assertEquals("ingresses", ResourceTargetParser.plural("Ingress"));
    assertEquals("clusters", ResourceTargetParser.plural("Cluster"));
  }

  /** Every target docs/custom-resources.md and its example drafts show parses as shown. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "clusters.postgresql.cnpg.io/db",
        "certificates.cert-manager.io/web-tls",
        "kafkas.v1beta2.kafka.strimzi.io/streaming/events",
        "clusterissuers.cert-manager.io/letsencrypt",
        "clusterissuers.cert-manager.io/internal-ca scope=Cluster",
        "postgresqlinstances.database.example.org/db condition=Synced condition=Ready",
        "clusters.postgresql.cnpg.io/db jsonpath={.status.phase}=Cluster in healthy state",
        "helmreleases.helm.toolkit.fluxcd.io/app",
        "services.serving.knative.dev/api",
        "externalsecrets.external-secrets.io/db",
        "scaledobjects.keda.sh/worker",
        "gateways.gateway.networking.k8s.io/web condition=Programmed",
        "rollouts.argoproj.io/api jsonpath={.status.phase}=Healthy",
        "postgresqls.acid.zalan.do/db jsonpath={.status.PostgresClusterStatus}=Running",
        "elasticsearches.elasticsearch.k8s.elastic.co/es jsonpath={.status.health}=green"
      })
  void theDocumentedTargetsParse(String text) {
    assertTrue(ResourceTargetParser.isResourceTarget(text), text);
    ok(text, List.of());
  }

  /** Odd input is an error result, never an exception. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a.b/",
        ".x/y",
        "a./b",
        "x.y.z/",
        "x.y.z/n jsonpath=",
        "x.y.z/n jsonpath={",
        "x.y.z/n jsonpath=[",
        "x.y.z/n jsonpath=.",
        "x.y.z/n jsonpath={}",
        "x.y.z/n jsonpath={.a}}",
        "x.y.z/n condition==",
        "x.y.z/n condition=a=",
        "x.y.z/n scope=",
        "x.y.z/n =",
        "x.y.z/n ==x",
        "x.v1.y/n",
        "x.v1/n",
        "X.y.z/n\tcondition=Ready",
        "x.y.z/n jsonpath={.a[99999999999]}=1"
      })
  void oddInputIsAnErrorNotAnException(String text) {
    ResourceTargetParser.Parsed p = parser.parse(text.replace("\\t", "\t"), CRDS);
    assertTrue(p.error() != null || p.resource() != null, text);
  }
}
