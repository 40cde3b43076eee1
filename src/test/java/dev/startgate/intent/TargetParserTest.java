package dev.startgate.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetParserTest {
  private final TargetParser parser = new TargetParser();

  /** Targets are separated by commas or newlines; a space between two says so. */
  @Test
  void twoTargetsWithOnlyASpaceBetweenThemAreSaidToBeTwo() {
    for (String text :
        List.of(
            "tcp://db:5432 tcp://cache:6379",
            "service/db deployment/api",
            "http://a:80/x http://b:80/",
            "job/migrate clusters.postgresql.cnpg.io/db")) {
      String error = parser.parse(text).error();
      assertTrue(
          error != null && error.startsWith("two targets with only a space between them"),
          text + ": " + error);
    }
    String error = parser.parse("tcp://db:5432 tcp://cache:6379").error();
    assertTrue(error.endsWith("like tcp://db:5432, tcp://cache:6379"), error);
    // White space other than a space is named: a carriage return is no space.
    assertTrue(
        parser
            .parse("tcp://db:5432\rtcp://x:1")
            .error()
            .startsWith("two targets with a carriage return (\\r, no line break) between them"));
    assertTrue(
        parser.parse("tcp://db:5432 \ttcp://x:1").error().startsWith("two targets with a tab "));
    assertTrue(
        parser
            .parse("tcp://db:5432\u000btcp://x:1")
            .error()
            .startsWith("two targets with a vertical tab "));
    // Options and set-based selectors are no second target.
    assertNull(parser.parse("http://a/ status=200 body=see http://x/y").error());
    assertNull(parser.parse("pods/app in (a,b)").error());
    assertNull(parser.parse("pods/tier=db, app.kubernetes.io/name in (x)").error());
    // The example is cut at the space, even when the second target repeats inside the first.
    String repeated = parser.parse("deployment/job/a job/a").error();
    assertTrue(repeated.endsWith("like deployment/job/a, job/a"), repeated);
    // An example that would fail next is no example: what is wrong with that target instead.
    String unknown = parser.parse("ftp://x:1 deployment/a").error();
    assertTrue(
        unknown.startsWith(
            "two targets with only a space between them; separate targets with commas or"
                + " newlines; and ftp://x:1: unknown scheme \"ftp://\""),
        unknown);
    String noPort = parser.parse("tcp://db deployment/a").error();
    assertTrue(noPort.contains("; and tcp://db: "), noPort);
    assertFalse(noPort.contains("like tcp://db,"), noPort);
  }

  /**
   * Another spelling of a server startgate waits for gets its target (acceptance CF): libpq's
   * postgresql://, as a DATABASE_URL writes it, mariadb://; rediss:// (TLS first) only its port.
   */
  @Test
  void schemesOfTheSameServersNameTheTargetThatWorks() {
    assertEquals(
        "unknown scheme \"postgresql://\": Postgres's target is postgres://HOST[:PORT] (no user,"
            + " password or database: the gate needs none), like postgres://db:5432",
        parser.parse("postgresql://app:secret@db:5432/shop?sslmode=require").error());
    assertTrue(
        parser
            .parse("mariadb://mariadb.data.svc")
            .error()
            .endsWith("like mysql://mariadb.data.svc"),
        parser.parse("mariadb://mariadb.data.svc").error());
    assertTrue(
        parser
            .parse("rediss://cache")
            .error()
            .endsWith("wait for its port instead, like tcp://cache:6379"),
        parser.parse("rediss://cache").error());
    String query = parser.parse("postgresql://db/app?user=alice@example.com").error();
    assertTrue(query.endsWith("like postgres://db"), query);
    // A host that is none gets the plain example, which works.
    String bad = parser.parse("postgresql://db_1").error();
    assertTrue(bad.endsWith("like postgres://postgres.data.svc:5432"), bad);
    assertNull(parser.parse("postgres://postgres.data.svc:5432").error());
  }

  /** Near misses get a message that names the fix. */
  @Test
  void nearMissesSayWhatToWrite() {
    assertEquals(
        "an IPv6 address goes in brackets, like [::1] or [fd00::5]",
        parser.parse("postgres://::1").error());
    assertEquals(
        "an IPv6 address goes in brackets, like [::1] or [fd00::5]",
        parser.parse("tcp://fd00::5:80").error());
    assertEquals(
        "an IPv6 address goes in brackets, like [::1] or [fd00::5]",
        parser.parse("tcp://2001:db8:0:0:0:0:0:1").error());
    // A raw or escaped NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR between two targets.
    assertEquals(
        "the target holds U+0085, a line break no target holds; separate targets with commas or"
            + " newlines, like tcp://db:5432, http://api/x",
        parser.parse("tcp://db:5432\u0085http://x/y").error());
    assertTrue(parser.parse("tcp://db:5432\u2028tcp://x:1").error().contains("U+2028"));
    // At an end of a target too (String.strip takes U+2028 and U+2029 for white space), but a
    // body= text is taken as written, whatever it holds.
    assertEquals(List.of("http://api/caf\u2028"), TargetParser.split(" http://api/caf\u2028 "));
    assertTrue(parser.parse("http://api/caf\u2028").error().contains("U+2028"));
    assertEquals(
        List.of("http://api/x body=a\u2029"), TargetParser.split("http://api/x body=a\u2029"));
    assertNull(parser.parse("http://api/x body=a\u2028b\u0085c").error());
    assertNull(parser.parse("http://api/x body=a\u2029").error());
    // A host and a port with another colon after them is no address: the message says so (the
    // caller adds a whole valid target), whether or not the host's letters are hex digits.
    for (String target :
        List.of("tcp://postgres:5432:1", "http://api:80:80/x", "tcp://db:5432:1")) {
      String host = target.substring(target.indexOf("//") + 2, target.lastIndexOf(':'));
      assertEquals(
          "\""
              + host
              + "\" is not a host: a target has one \":\", before its port (an IPv6 address goes"
              + " in brackets: [fd00::5])",
          parser.parse(target).error(),
          target);
    }
    // In brackets already: what is wrong is the zone, or the address itself.
    assertTrue(
        parser.parse("tcp://[fe80::1%eth0]:5432").error().contains("has a zone (%...)"),
        parser.parse("tcp://[fe80::1%eth0]:5432").error());
    assertEquals(
        "\"[fe80::zz]\" is not a valid IPv6 address; write one like [::1] or [fd00::5]",
        parser.parse("tcp://[fe80::zz]:5432").error());
    assertEquals(
        "two targets with a semicolon between them; separate targets with commas or newlines,"
            + " like tcp://db:5432, http://api/x",
        parser.parse("tcp://db:5432;http://api/x").error());
    String label = "a".repeat(64);
    assertTrue(
        parser
            .parse("tcp://" + label + ".shop:80")
            .error()
            .endsWith("a part between dots is 64 characters long, and DNS allows 63"),
        parser.parse("tcp://" + label + ".shop:80").error());
    String longName = String.join(".", java.util.Collections.nCopies(5, "b".repeat(63)));
    assertTrue(
        parser
            .parse("tcp://" + longName + ":80")
            .error()
            .endsWith("it is 319 characters long, and DNS allows 253"),
        parser.parse("tcp://" + longName + ":80").error());
    assertTrue(
        parser
            .parse("service/" + "c".repeat(64))
            .error()
            .endsWith(
                "is not a valid Service name: it is 64 characters long, and Kubernetes"
                    + " allows 63"),
        parser.parse("service/" + "c".repeat(64)).error());
    // Acceptance CQ: what a resolver's inet_aton reads as an IPv4 address (127.0.0.1 each) is no
    // host name, in hex as in decimal and octal; a name with a numeric part is one.
    for (String host :
        List.of("127.1", "2130706433", "0177.0.0.1", "0x7f.1", "0x7f000001", "0xdb")) {
      for (String target : List.of("tcp://" + host + ":5432", "http://" + host + "/")) {
        assertEquals(
            Result.quoted(host) + " is not a valid IPv4 address",
            parser.parse(target).error(),
            target);
      }
    }
    for (String host : List.of("db.0x1", "0x7f.db", "0xdbz", "api.123")) {
      assertNull(parser.parse("tcp://" + host + ":5432").error(), host);
    }
    // Hex digits and colons only, but not an address: two gaps, too many or too few groups.
    for (String host : List.of("[1::2::3]", "[1:::2]", "[1:2]", "[::12345]", "[::1.2.3.999]")) {
      assertEquals(
          Result.quoted(host) + " is not a valid IPv6 address; write one like [::1] or [fd00::5]",
          parser.parse("tcp://" + host + ":80").error());
    }
    assertTrue(
        parser.parse("http://api:8080?x=1").error().endsWith("write http://api:8080/?x=1"),
        parser.parse("http://api:8080?x=1").error());
    assertTrue(
        parser
            .parse("https://api#top status=204")
            .error()
            .equals(
                "a fragment (\"#top\") is never sent to the server; leave it out: write"
                    + " https://api status=204"),
        parser.parse("https://api#top status=204").error());
    assertTrue(
        parser.parse(",204").error().startsWith("two commas with nothing between them"),
        parser.parse(",204").error());
    assertTrue(
        parser
            .parse("clusters.Postgresql.cnpg.io/db")
            .error()
            .endsWith("like clusters.postgresql.cnpg.io/db"),
        parser.parse("clusters.Postgresql.cnpg.io/db").error());
    assertEquals("clusters", ResourceTargetParser.plural("Clusters"));
    assertEquals("endpoints", ResourceTargetParser.plural("Endpoints"));
    assertEquals("ingresses", ResourceTargetParser.plural("Ingress"));
    assertEquals("networkpolicies", ResourceTargetParser.plural("NetworkPolicy"));
  }

  /** A 204, 205 or 304 answer has no body: a body wanted of those alone never passes. */
  @Test
  void aBodyOfAStatusWithoutOneIsAnError() {
    for (String options :
        List.of("status=204 body=x", "status=304 body=x", "status=204,205,304 body=\"a b\"")) {
      for (String scheme : List.of("http", "https")) {
        String error = parser.parse(scheme + "://a/ " + options).error();
        assertTrue(
            error != null && error.contains("never passes: a 204, 205 or 304 answer has no body"),
            scheme + " " + options + ": " + error);
        assertTrue(error.contains("(status=200 body="), error);
      }
    }
    for (String options : List.of("status=204-206 body=x", "status=303-305 body=x")) {
      assertNull(parser.parse("https://a/ " + options).error(), options);
    }
  }

  /** busybox wget reads the body of a 200-203 answer only: a body wanted of no such status. */
  @Test
  void anHttpBodyOfAStatusWgetReadsNoBodyOfIsAnError() {
    for (String options :
        List.of(
            "status=5xx body=oops",
            "status=404 body=x",
            "status=205-299 body=x",
            "status=204-206 body=x")) {
      String error = parser.parse("http://a/ " + options).error();
      assertTrue(
          error != null && error.contains("never passes on http://"), options + ": " + error);
      assertTrue(error.contains("(status=200 body="), error);
      // curl reads every body.
      assertNull(parser.parse("https://a/ " + options).error(), options);
    }
    for (String options :
        List.of(
            "body=x",
            "status=2xx body=x",
            "status=203-206 body=x",
            "status=404,200 body=x",
            "status=1xx-2xx body=x",
            "status=5xx")) {
      String error = parser.parse("http://a/ " + options).error();
      assertTrue(error == null || !error.contains("never passes"), options + ": " + error);
    }
  }

  /** A path holds RFC 3986's unreserved and sub-delims unencoded, the apostrophe among them. */
  @Test
  void aPathMayHoldAnApostropheButNoQuote() {
    assertNull(parser.parse("http://api/it's").error());
    assertNull(parser.parse("http://api/a!$&()*+,;=b").error());
    assertTrue(
        parser.parse("http://api/a\"b").error().contains("has characters a URL may not contain"),
        parser.parse("http://api/a\"b").error());
  }

  @Test
  void splitsOnNewlinesAndOnCommasThatStartATarget() {
    assertEquals(
        List.of("tcp://a:1", "pods/app=db,tier=cache", "http://b/x?y=1,2"),
        TargetParser.split("tcp://a:1, pods/app=db,tier=cache\n\n http://b/x?y=1,2 \n"));
  }

  /**
   * In a value of several lines a comma may end a line: with the line break it is one separator. In
   * one line a comma at the end is still an empty target (an error); so are two commas.
   */
  @Test
  void aCommaThatEndsALineOfSeveralIsOneSeparatorWithTheLineBreak() {
    assertEquals(
        List.of("tcp://postgres:5432", "http://api:8080/healthz"),
        TargetParser.split("tcp://postgres:5432,\nhttp://api:8080/healthz\n"));
    assertEquals(
        List.of("tcp://a:1", "tcp://b:2", "tcp://c:3"),
        TargetParser.split("tcp://a:1, \r\ntcp://b:2,\n\ntcp://c:3,\n"));
    assertEquals(List.of("tcp://a:1", ""), TargetParser.split("tcp://a:1,"));
    assertEquals(
        List.of("tcp://a:1", "", "tcp://b:2"), TargetParser.split("tcp://a:1,,\ntcp://b:2"));
    assertEquals(
        List.of("http://a/x body=\"a\":1,\"b\":2", "tcp://b:2"),
        TargetParser.split("http://a/x body=\"a\":1,\"b\":2,\ntcp://b:2"));
    assertEquals(List.of("http://a/x body=ok,"), TargetParser.split("http://a/x body=ok,"));
  }

  /** Lines split as split("\\r?\\n") split them, each target stripped of blanks (CRs too). */
  @Test
  void splitsLinesOnLfAndCrLf() {
    assertEquals(
        List.of("tcp://a:1", "tcp://b:2", "tcp://c:3"),
        TargetParser.split("tcp://a:1\r\ntcp://b:2\r\r\ntcp://c:3\r"));
  }

  /** Custom resources (#13): a comma followed by RESOURCE.GROUP/ starts a target. */
  @Test
  void splitsBeforeACustomResource() {
    assertEquals(
        List.of(
            "tcp://a:1",
            "certificates.cert-manager.io/web-tls",
            "clusters.postgresql.cnpg.io/db condition=Ready"),
        TargetParser.split(
            "tcp://a:1, certificates.cert-manager.io/web-tls,"
                + " clusters.postgresql.cnpg.io/db condition=Ready"));
    assertEquals(
        List.of("pods/app=x,app.kubernetes.io/name", "tcp://a:1"),
        TargetParser.split("pods/app=x,app.kubernetes.io/name, tcp://a:1"));
    assertEquals(
        List.of("pods/app=x", "certificates.cert-manager.io/web-tls"),
        TargetParser.split("pods/app=x, certificates.cert-manager.io/web-tls"));
  }

  /** A URL in a jsonpath= value (Knative's .status.url) is the value, not a target's scheme. */
  @Test
  void aUrlInAJsonpathValueIsAValue() {
    Target.Custom c =
        (Target.Custom)
            parser
                .parse("services.serving.knative.dev/api jsonpath={.status.url}=https://api.shop/x")
                .target();
    assertEquals("services.serving.knative.dev", c.resource().kubectlType());
    assertEquals(
        List.of("services.serving.knative.dev/api jsonpath={.status.url}=https://api.shop/x"),
        TargetParser.split(
            "services.serving.knative.dev/api jsonpath={.status.url}=https://api.shop/x"));
  }

  @Test
  void customResourcesAndBuiltInResources() {
    Target.Custom c = (Target.Custom) parser.parse("clusters.postgresql.cnpg.io/shop/db").target();
    assertEquals("clusters.postgresql.cnpg.io", c.resource().kubectlType());
    assertEquals("shop", c.resource().namespace());
    assertNull(c.kind());
    Target.Workload w = (Target.Workload) parser.parse("deployments.apps/api").target();
    assertEquals(WorkloadKind.DEPLOYMENT, w.kind());
    String error = parser.parse("Cluster.postgresql.cnpg.io/db").error();
    assertTrue(error.contains("probably clusters.postgresql.cnpg.io/db"), error);
    CrdFacts crd =
        new CrdFacts("postgresql.cnpg.io", "Cluster", "clusters", "cluster", false, List.of("v1"));
    Target.Custom resolved =
        (Target.Custom)
            new TargetParser(List.of(crd)).parse("Cluster.postgresql.cnpg.io/db").target();
    assertEquals("clusters", resolved.resource().resource());
    assertEquals("Cluster", resolved.kind());
  }

  @Test
  void aTextParsedAgainGivesWhatItGaveFirstWithEachParsersCrds() {
    CrdFacts crd =
        new CrdFacts("postgresql.cnpg.io", "Cluster", "clusters", "cluster", false, List.of("v1"));
    TargetParser withCrd = new TargetParser(List.of(crd));
    for (int round = 0; round < 2; round++) {
      assertEquals(new TargetParser().parse("tcp://db:5432"), parser.parse("tcp://db:5432"));
      assertEquals(new TargetParser().parse("tcp://db:0"), parser.parse("tcp://db:0"));
      assertTrue(parser.parse("Cluster.postgresql.cnpg.io/db").error() != null);
      assertEquals(
          "Cluster",
          ((Target.Custom) withCrd.parse("Cluster.postgresql.cnpg.io/db").target()).kind());
    }
  }

  @Test
  void keepsAnEmptyTargetSoItCanBeReported() {
    assertEquals(List.of("tcp://a:1", ""), TargetParser.split("tcp://a:1,"));
  }

  @Test
  void parsesTcp() {
    Target.Tcp t = (Target.Tcp) parser.parse("tcp://postgres.shop.svc:5432").target();
    assertEquals("postgres.shop.svc", t.host());
    assertEquals(5432, t.port());
    assertEquals(1, ((Target.Tcp) parser.parse("tcp://[::1]:1").target()).port());
    // An IPv6 address without a port: the port is what is missing, not a host "[:".
    for (String noPort : new String[] {"tcp://[::1]", "tcp://db"}) {
      assertEquals(
          "a tcp target needs a host and a port, like tcp://postgres:5432 or tcp://[::1]:5432",
          parser.parse(noPort).error(),
          noPort);
    }
  }

  @Test
  void parsesHttpAndHttps() {
    Target.Http h = (Target.Http) parser.parse("http://api:8080/healthz?full=1").target();
    assertEquals("http://api:8080/healthz?full=1", h.url());
    Target.Http s = (Target.Http) parser.parse("https://api.example.com").target();
    assertTrue(s.tls());
    assertEquals("https://api.example.com", s.url());
  }

  @Test
  void parsesServicesWithNamespaceAndPort() {
    Target.Service s = (Target.Service) parser.parse("service/data/postgres:metrics").target();
    assertEquals("data", s.namespace());
    assertEquals("postgres", s.name());
    assertEquals("metrics", s.port());
  }

  @Test
  void readsAServicePortNumberWithLeadingZerosAsItsNumber() {
    // A port name has a letter: 05432 is port 5432, as in tcp://db:05432.
    assertEquals("5432", ((Target.Service) parser.parse("service/db:05432").target()).port());
    assertEquals("5432", ((Target.Service) parser.parse("service/db:5432").target()).port());
    assertEquals("7", ((Target.Service) parser.parse("service/db:00007").target()).port());
    assertEquals("http-2", ((Target.Service) parser.parse("service/db:http-2").target()).port());
  }

  @Test
  void suggestsHowToWriteAKindAsKubectlNamesIt() {
    for (String[] c :
        new String[][] {
          {"deploy/api", "deployment/api"},
          {"Deployment/shop/api", "deployment/shop/api"},
          {"deployments/api", "deployment/api"},
          {"sts/db", "statefulset/db"},
          {"ds/agent", "daemonset/agent"},
          {"svc/db:5432", "service/db:5432"},
          {"po/app=x", "pods/app=x"},
          {"jobs/migrate", "job/migrate"},
          {"statefulst/db", "statefulset/db"},
        }) {
      String error = parser.parse(c[0]).error();
      assertTrue(error.endsWith("; write it like " + c[1]), error);
    }
    for (String other : List.of("secret/db-password", "foo/bar", "cronjob/nightly")) {
      assertFalse(parser.parse(other).error().contains("write it like"), other);
    }
  }

  @Test
  void parsesKubernetesTargets() {
    Target.Workload w = (Target.Workload) parser.parse("deployment/other/api").target();
    assertEquals(WorkloadKind.DEPLOYMENT, w.kind());
    assertEquals("other", w.namespace());
    Target.Pods p =
        (Target.Pods) parser.parse("pods/app.kubernetes.io/name=db,tier in (a,b)").target();
    assertNull(p.namespace());
    assertEquals("app.kubernetes.io/name=db,tier in (a,b)", p.selector());
    Target.Pods q = (Target.Pods) parser.parse("pods/cache/app=redis").target();
    assertEquals("cache", q.namespace());
  }

  @Test
  void parsesProtocolTargetsWithTheirDefaultPorts() {
    Target.Protocol pg = (Target.Protocol) parser.parse("postgres://db.data.svc").target();
    assertEquals(Protocol.POSTGRES, pg.protocol());
    assertEquals("db.data.svc", pg.host());
    assertEquals(5432, pg.port());
    Target.Protocol redis = (Target.Protocol) parser.parse("redis://cache:6380").target();
    assertEquals(6380, redis.port());
    Target.Protocol my = (Target.Protocol) parser.parse("mysql://[fd00::1]").target();
    assertEquals("fd00::1", my.host());
    assertEquals(3306, my.port());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "postgres://app:secret@db",
        "postgres://db/shop",
        "redis://cache:6379?db=1",
        "mysql://db:0",
        "postgres://",
        "redis://cache/0",
        "http://api/ status=ok",
        "http://api/ status=200,",
        "http://api/ status=600",
        "http://api/ status=299-200",
        "http://api/ status=200,404-400",
        "http://api/ colour=red",
        "http://api/ body=",
        "http://api/ body= padded"
      })
  void rejectsBadProtocolTargetsAndOptions(String text) {
    String error = parser.parse(text).error();
    assertNotNull(error, text);
  }

  @Test
  void aReversedStatusRangeSaysWhichWayRound() {
    assertEquals(
        "status=\"200,299-200\" has the range 299-200, which no status is in: write the lower code"
            + " first, like status=200,200-299",
        parser.parse("http://api/ status=200,299-200").error());
    assertNull(parser.parse("http://api/ status=200-200").error());
  }

  /** A 1xx answer is interim, never the final one the gate judges: status= cannot accept one. */
  @Test
  void interimStatusesAreNoFinalAnswer() {
    assertEquals(
        "status=\"100-299\" accepts 100-299: 1xx answers are interim (100 Continue, 103 Early"
            + " Hints), never the final one the gate judges; start at 200, like status=200-299",
        parser.parse("http://api/ status=100-299").error());
    assertTrue(
        parser.parse("https://api/ status=1xx,2xx").error().endsWith("like status=2xx"), "a class");
    assertTrue(parser.parse("http://api/ status=204,103").error().contains("accepts 103:"));
    // A reversed range that reaches below 200 is said to be reversed (it accepts nothing), with
    // the 1xx error's example, not a 1xx range.
    assertEquals(
        "status=\"200-100\" has the range 200-100, which no status is in: write the lower code"
            + " first, from 200 up (1xx answers are interim), like status=200",
        parser.parse("http://api/ status=200-100").error());
    assertTrue(
        parser.parse("http://api/ status=299-150").error().endsWith("like status=200-299"),
        "299-150");
  }

  @Test
  void protocolErrorsSayWhyAndGiveAnExample() {
    assertEquals(
        "a postgres:// target takes no user or password: the gate needs none (a server that asks"
            + " for one is up)",
        parser.parse("postgres://app:secret@db").error());
    assertTrue(parser.parse("postgres://db/shop").error().contains("without \"/shop\""));
    // The example keeps the user's host and port where they are valid (review EJ).
    assertEquals("postgres://x:5432", TargetParser.exampleFor("postgres://x/y"));
    assertEquals(
        "mysql://db.shop.svc:3307", TargetParser.exampleFor("mysql://u:p@db.shop.svc:3307/"));
    assertEquals("redis://cache:6379", TargetParser.exampleFor("redis://cache?db=1"));
    assertEquals("postgres://postgres.data.svc:5432", TargetParser.exampleFor("postgres://x_1/y"));
    assertEquals("postgres://postgres.data.svc:5432", TargetParser.exampleFor("postgres://x:0/y"));
    assertEquals(
        "postgres://postgres.data.svc:5432", TargetParser.exampleFor("postgres://[::1]/y"));
  }

  /** An empty item in a status list or a selector stays in its target, which the error names. */
  @Test
  void anEmptyItemInAListIsItsTargets() {
    assertEquals(
        List.of("http://api:8080/ status=200,,204"),
        TargetParser.split("http://api:8080/ status=200,,204"));
    assertEquals(List.of("pods/app=db,,x"), TargetParser.split("pods/app=db,,x"));
    assertEquals(List.of("tcp://a:1", "", "tcp://b:2"), TargetParser.split("tcp://a:1,,tcp://b:2"));
    // Two commas before another target are two commas between targets.
    assertEquals(
        List.of("http://x:80/ status=200", "", "tcp://b:2"),
        TargetParser.split("http://x:80/ status=200,, tcp://b:2"));
    assertEquals(
        List.of("pods/app=db", "", "tcp://b:2"), TargetParser.split("pods/app=db,, tcp://b:2"));
    assertTrue(
        parser.parse("http://api:8080/ status=200,,204").error().startsWith("status=\"200,,204\""));
  }

  @Test
  void httpOptionsOnATcpTargetAreNamedNotTakenForItsPort() {
    assertEquals(
        "a tcp target is HOST:PORT only, without \" status=200\" (status= and body= are options of"
            + " http:// and https:// targets), like tcp://postgres:5432",
        parser.parse("tcp://db:5432 status=200").error());
    assertTrue(parser.parse("tcp://[::1]:5432 body=ok/x").error().contains("\" body=ok/x\""));
    assertTrue(parser.parse("tcp://db:5432/x y").error().contains("without \"/x y\""));
    assertTrue(parser.parse("tcp://db:5432\tstatus=200").error().contains("\"\\tstatus=200\""));
    assertEquals(
        "a deployment target takes no options, so not \" status=200\" (status= and body= are"
            + " options of http:// and https:// targets), like deployment/api",
        parser.parse("deployment/api status=200").error());
    assertTrue(parser.parse("pods/app=db body=ok").error().contains("like pods/app=db"));
    assertEquals(null, parser.parse("pods/app=db, status=ok").error(), "a label named status");
    for (String service : List.of("service/db:5432 status=200", "service/shop/db body=ok")) {
      String error = parser.parse(service).error();
      assertTrue(
          error.startsWith("a service target is service/[NAMESPACE/]NAME[:PORT] only, without \" "),
          error);
      assertTrue(
          error.contains("(status= and body= are options of http:// and https:// targets)"), error);
    }
  }

  @Test
  void parsesHttpExpectations() {
    Target.Http h =
        (Target.Http)
            parser.parse("http://api:8080/healthz status=200,204-206,3xx body=a b=c, d").target();
    assertEquals("http://api:8080/healthz", h.url());
    assertEquals(new HttpExpect("200,204-206,3xx", "a b=c, d"), h.expect());
    assertEquals(" status=200,204-206,3xx body=a b=c, d", h.expect().options());
    Target.Http plain = (Target.Http) parser.parse("https://api/ready").target();
    assertTrue(plain.expect().isDefault());
  }

  @Test
  void aBodyKeepsItsCommasAndAStatusListItsOwn() {
    assertEquals(
        List.of("http://a/ status=200,204", "http://b/ body=x, tcp://c:1", "tcp://d:2"),
        TargetParser.split("http://a/ status=200,204, http://b/ body=x, tcp://c:1\ntcp://d:2"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "tcp://db",
        "tcp://db:0",
        "tcp://db:70000",
        "tcp://db:54x",
        "tcp://:5432",
        "tcp://bad_host:1",
        "tcp://999.1.1.1:80",
        "http://user:pw@api/",
        "http://api/a b",
        "http://api/\"quote",
        "ftp://files:21",
        "service/Postgres",
        "service/db:",
        "deployment/a/b/c",
        "job/UPPER",
        "pods/",
        "pods/app=(x",
        "db:5432",
        "secret/x"
      })
  void rejectsWithAReason(String text) {
    TargetParser.Parsed parsed = parser.parse(text);
    assertNull(parsed.target(), text);
    assertNotNull(parsed.error(), text);
  }

  @Test
  void givesAnExampleOfTheSameKind() {
    assertEquals("tcp://postgres:5432", TargetParser.exampleFor("tcp://x:0"));
    assertEquals("job/migrate", TargetParser.exampleFor("job/X"));
  }

  /**
   * A body= text or status= list of a million commas splits in linear time (review EL: each comma
   * read the whole target so far again, and 0.8 MB took minutes and gigabytes); the target is then
   * refused for its length at once.
   */
  @Test
  @Timeout(20)
  void aLongBodyOrStatusListSplitsInLinearTime() {
    String body = "http://a/x body=ok" + ", ".repeat(1_000_000);
    assertEquals(List.of(body.strip()), TargetParser.split(body));
    String status = "http://a/x status=" + "200,".repeat(500_000) + "200";
    assertEquals(List.of(status), TargetParser.split(status));
    assertTrue(parser.parse(status).error().contains("longer than 2048 characters"));
  }
}
