package dev.startgate.model;

/**
 * One finding, as a KRM function result.
 *
 * @param severity how bad
 * @param message what happened and, for a problem, an example of a valid value
 * @param resource the object it is about, or null
 * @param field the field path (e.g. {@code metadata.annotations.startgate.dev/wait-for}), or null
 * @param value the offending value, or null
 * @param file the kpt file path of the object, or null
 */
public record Result(
    Severity severity,
    String message,
    ResourceRef resource,
    String field,
    String value,
    String file) {

  /** An error about a field of a resource. */
  public static Result error(Resource r, String field, String value, String message) {
    return new Result(Severity.ERROR, message, r == null ? null : r.ref(), field, value, fileOf(r));
  }

  /** A warning about a field of a resource. */
  public static Result warning(Resource r, String field, String message) {
    return new Result(
        Severity.WARNING, message, r == null ? null : r.ref(), field, null, fileOf(r));
  }

  /** Information about a resource. */
  public static Result info(Resource r, String message) {
    return new Result(Severity.INFO, message, r == null ? null : r.ref(), null, null, fileOf(r));
  }

  /** An error about the input as a whole. */
  public static Result inputError(String message) {
    return new Result(Severity.ERROR, message, null, null, null, null);
  }

  /**
   * True for a finding about a {@code gates:} rule of the config over the whole input (it matched
   * no workload), which names a field of the config but no resource.
   */
  public boolean aboutRule() {
    return resource == null && field != null;
  }

  private static String fileOf(Resource r) {
    return r == null ? null : r.file();
  }

  /** {@code [severity] apiVersion/kind/namespace/name field: message}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("[").append(severity.wire()).append("]");
    if (resource != null) {
      b.append(' ').append(resource);
    }
    if (field != null) {
      b.append(' ').append(field);
    }
    b.append(resource == null && field == null ? " " : ": ").append(message);
    if (value != null && field != null && !message.contains(value) && !field.endsWith(value)) {
      // The bad value, where the message does not quote it already.
      b.append(" (value \"").append(shown(value)).append("\")");
    }
    return b.toString();
  }

  /** {@code value} on one line, at most 60 chars. */
  private static String shown(String value) {
    String one = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"");
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }
}
