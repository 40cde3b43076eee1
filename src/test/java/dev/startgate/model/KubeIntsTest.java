package dev.startgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.yaml.YScalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link KubeInts} reads a port as go-yaml (kubectl, Helm, kustomize) does: {@code
 * strconv.ParseInt(s, 0, 64)} after dropping underscores, then YAML 1.1's float pattern.
 */
class KubeIntsTest {
  @ParameterizedTest(name = "{0} (plain {1}) is {2}")
  @CsvSource({
    "80, true, 80",
    "080, true, 80", // no octal (an 8), so the float pattern: 80
    "010, true, 8",
    "0010, true, 8",
    "000080, true, 80",
    "08, true, 8",
    "0x1F90, true, 8080",
    "0X1f90, true, 8080",
    "0o120, true, 80",
    "0O120, true, 80",
    "0b1010000, true, 80",
    "+80, true, 80",
    "8_0, true, 80",
    "8_0_, true, 80",
    "_80, true, -1", // go-yaml takes a number only from a digit, sign or dot: _80 is a string
    "_80_, true, -1",
    "0x_50, true, 80",
    "80.0, true, 80",
    "80., true, 80",
    "8e1, true, 80",
    "8E+1, true, 80",
    ".8e2, true, 80",
    "800e-1, true, 80",
    "80.5, true, -1",
    "8e, true, -1",
    "0x, true, -1",
    "0b2, true, -1",
    "0o8, true, -1",
    "0, true, -1",
    "-80, true, -1",
    "-0x50, true, -1",
    "65535, true, 65535",
    "65536, true, -1",
    "0x10000, true, -1",
    "99999999999999999999, true, -1",
    "1e400, true, -1",
    "http, true, -1",
    "'', true, -1",
    "+, true, -1",
    ". , true, -1",
    "\uff18\uff10, true, -1", // fullwidth digits: no number to Go
    "\u0668\u0660, true, -1",
    "80, false, 80",
    "010, false, 10", // quoted: kubectl refuses it for an integer field; read as written
    "0x50, false, -1",
  })
  void readsAPortAsGoYamlDoes(String text, boolean plain, int port) {
    assertEquals(port, KubeInts.port(new YScalar(text, plain, null, 0, 0, 1, 1)));
  }

  /** A tag decides as go-yaml's resolve does: !!int "010" is 8 however quoted (review DT). */
  @org.junit.jupiter.api.Test
  void anIntTagReadsTheYaml11Way() {
    assertEquals(8, KubeInts.port(new YScalar("010", false, "tag:yaml.org,2002:int", 0, 0, 1, 1)));
    assertEquals(
        8080, KubeInts.port(new YScalar("0x1F90", false, "tag:yaml.org,2002:int", 0, 0, 1, 1)));
    assertEquals(-1, KubeInts.port(new YScalar("0x50", true, "tag:yaml.org,2002:str", 0, 0, 1, 1)));
  }

  /**
   * activeDeadlineSeconds the same way: 0400 is 256 seconds, as kubectl reads it; quoted, a string,
   * which kubectl refuses for the field: none (it was read as its digits).
   */
  @ParameterizedTest(name = "{0} (plain {1}) is {2}")
  @CsvSource({
    "60, true, 60",
    "0400, true, 256",
    "0x3C, true, 60",
    "1_000, true, 1000",
    "6e1, true, 60",
    "1000000000000, true, 1000000000000",
    "1000000000001, true, ",
    "0, true, ",
    "-5, true, ",
    "_60, true, ",
    "1.5, true, ",
    "0400, false, ",
    "60, false, ",
    "0, false, ",
    "60s, false, ",
  })
  void readsSecondsAsGoYamlDoes(String text, boolean plain, String seconds) {
    assertEquals(seconds, KubeInts.seconds(new YScalar(text, plain, null, 0, 0, 1, 1)));
  }
}
