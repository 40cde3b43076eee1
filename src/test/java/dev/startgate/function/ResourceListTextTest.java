package dev.startgate.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.model.Result;
import org.junit.jupiter.api.Test;

/** The results of a ResourceList startgate cannot read, appended to its text as it is. */
class ResourceListTextTest {
  private static final Result ERROR = Result.error(null, null, null, "too deep");

  /** The results go on with the line break of the text's last line, whatever the lines before. */
  @Test
  void resultsTakeTheLastLinesLineBreak() {
    String head = "apiVersion: config.kubernetes.io/v1\r\nkind: ResourceList\r\nitems:\r\n";
    String lfEnd = head + "- {kind: ConfigMap}\n";
    String out = ResourceListText.withResult(lfEnd, ERROR).toString();
    assertTrue(out.startsWith(lfEnd), out);
    assertFalse(out.substring(lfEnd.length()).contains("\r"), out);
    // No final line break: the one added is that of the last line that has one (LF here).
    String noBreak = head + "- {kind: ConfigMap}\n- {kind: Secret}";
    String added = ResourceListText.withResult(noBreak, ERROR).toString();
    assertEquals("\nresults:", added.substring(noBreak.length(), noBreak.length() + 9), added);
    assertFalse(added.substring(noBreak.length()).contains("\r"), added);
    // A CRLF text gets CRLF results.
    String crlf = head + "- {kind: ConfigMap}\r\n";
    String all = ResourceListText.withResult(crlf, ERROR).toString();
    String results = all.substring(crlf.length());
    assertEquals(results.split("\n", -1).length - 1, results.split("\r\n", -1).length - 1, all);
  }
}
