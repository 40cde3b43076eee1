package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ServiceHostsTest {
  @Test
  void hostsThatNameAService() {
    assertArrayEquals(new String[] {"shop", "db"}, ServiceHosts.at("db", "shop"));
    assertArrayEquals(new String[] {null, "db"}, ServiceHosts.at("db", null));
    assertArrayEquals(new String[] {"data", "db"}, ServiceHosts.at("db.data", "shop"));
    assertArrayEquals(new String[] {"data", "db"}, ServiceHosts.at("db.data.svc", "shop"));
    assertArrayEquals(
        new String[] {"data", "db"}, ServiceHosts.at("DB.data.svc.cluster.local.", "shop"));
    // A pod of a headless Service: pg-0.pg.data.svc.cluster.local is Service pg.
    assertArrayEquals(
        new String[] {"data", "pg"}, ServiceHosts.at("pg-0.pg.data.svc.cluster.local", "shop"));
  }

  @Test
  void hostsThatNameNone() {
    assertNull(ServiceHosts.at("10.0.0.7", "shop"));
    assertNull(ServiceHosts.at("::1", "shop"));
    assertNull(ServiceHosts.at("api.example.com", "shop"));
    assertNull(ServiceHosts.at("", "shop"));
  }
}
