package dev.startgate.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A mapping kept as one array of keys and values reads, and compares, as its entries would. */
class YMappingTest {
  private final YamlParser parser = new YamlParser(YamlLimits.DEFAULT);

  @Test
  void entriesKeysAndValuesInSourceOrder() throws Exception {
    YMapping m = root("b: 1\na: {x: y}\n? [k]\n: z\n");
    assertEquals(3, m.size());
    assertEquals(List.of("b", "a"), List.of(m.keyText(0), m.keyText(1)));
    assertNull(m.keyText(2)); // a flow-sequence key: not a scalar
    assertEquals(m.entries().get(1).value(), m.value(1));
    assertEquals(m.entries().get(1), m.entry("a").orElseThrow());
    assertEquals("y", ((YMapping) m.value(1)).text("x").orElseThrow());
    assertEquals(3, m.entries().size());
  }

  @Test
  void equalByValueAndPosition() throws Exception {
    String text = "a: 1\nb: [2, 3]\n";
    YMapping one = root(text);
    YMapping two = root(text);
    assertEquals(one, two);
    assertEquals(one.hashCode(), two.hashCode());
    assertEquals(one, new YMapping(one.entries(), false, one.start(), one.end(), 0, 0));
    assertNotEquals(one, root("a: 1\nb: [2, 4]\n"));
    assertNotEquals(one, root("# moved\na: 1\nb: [2, 3]\n"));
  }

  private YMapping root(String text) throws YamlInputException {
    return (YMapping) parser.parse(text).get(0).root();
  }
}
