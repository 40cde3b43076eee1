package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which hosts the pod checks take for loopback and for names only the cluster's DNS knows. */
class PodChecksTest {
  @Test
  void loopbackHosts() {
    for (String h : new String[] {"localhost", "LOCALHOST", "localhost.", "api.localhost"}) {
      assertTrue(PodChecks.loopback(h), h);
    }
    for (String h : new String[] {"127.0.0.1", "127.1.2.3", "[::1]", "::1", "0:0:0:0:0:0:0:1"}) {
      assertTrue(PodChecks.loopback(h), h);
    }
    // Other spellings of IPv6 loopback, and IPv4 loopback mapped into IPv6.
    for (String h : new String[] {"[0::1]", "[::0:1]", "[::ffff:127.0.0.1]", "[::FFFF:7f00:1]"}) {
      assertTrue(PodChecks.loopback(h), h);
    }
    for (String h :
        new String[] {
          "127.example.com", "10.0.0.1", "localhost-db", "[::2]", "[::ffff:10.0.0.1]"
        }) {
      assertFalse(PodChecks.loopback(h), h);
    }
  }

  @Test
  void namesOnlyTheClusterResolves() {
    for (String h :
        new String[] {
          "db", "db.shop.svc", "db.shop.svc.cluster.local", "pg-0.pg.shop.svc.cluster.local"
        }) {
      assertTrue(PodChecks.clusterName(h), h);
    }
    for (String h : new String[] {"db.example.com", "10.0.0.1", "[fd00::1]", "db.shop"}) {
      assertFalse(PodChecks.clusterName(h), h);
    }
  }
}
