package dev.startgate.intent;

/**
 * What an HTTP or HTTPS target accepts as ready: the final status (after redirects) and,
 * optionally, a text the body must contain.
 *
 * @param statuses comma-separated codes ({@code 200}), ranges ({@code 200-299}) and classes ({@code
 *     2xx}); null for the default, 2xx
 * @param body a plain substring of one line of the body, or null
 */
public record HttpExpect(String statuses, String body) {
  /** The default: any 2xx, no body check. */
  public static final HttpExpect DEFAULT = new HttpExpect(null, null);

  /** True for the default. */
  public boolean isDefault() {
    return statuses == null && body == null;
  }

  /**
   * The options as the gate script's argument takes them after the URL: {@code " status=LIST"} and
   * then {@code " body=TEXT"} (the body last, verbatim), or empty for the default.
   */
  public String options() {
    return (statuses == null ? "" : " status=" + statuses) + (body == null ? "" : " body=" + body);
  }
}
