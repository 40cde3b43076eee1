package dev.startgate.yaml;

/** A scalar: its value as the parser resolved it, and whether it was written plain. */
public record YScalar(
    String value, boolean plain, String tag, int start, int end, int line, int column)
    implements YNode {
  private static final String NULL_TAG = "tag:yaml.org,2002:null";

  /**
   * True for a plain scalar that YAML reads as null: {@code null}, {@code Null}, {@code NULL},
   * {@code ~} or nothing (YAML 1.2's core schema, as kubectl and Helm read it); and for one tagged
   * {@code !!null}, whatever it holds, as kubectl reads it.
   */
  public boolean isNull() {
    if (NULL_TAG.equals(tag)) {
      return true;
    }
    return plain
        && tag == null
        && (value.isEmpty()
            || value.equals("~")
            || value.equals("null")
            || value.equals("Null")
            || value.equals("NULL"));
  }
}
