package dev.startgate.intent;

/**
 * How startgate lays a kpt package out for Flux ({@code flux.*} in the config).
 *
 * @param layout move objects into {@code pre-deploy/}, {@code deploy/}, {@code post-deploy/} and
 *     generate a Flux Kustomization per stage under {@code flux/}
 * @param name prefix of the Kustomizations' names, or null for the package's Kptfile name
 * @param namespace namespace of the Kustomizations
 * @param path the package's directory in the Flux source, such as {@code ./apps/shop}
 * @param sourceKind kind of the Flux source ({@code GitRepository}, {@code OCIRepository}, {@code
 *     Bucket})
 * @param sourceName name of the Flux source
 * @param sourceNamespace namespace of the Flux source, or null for the Kustomizations' own
 * @param interval reconcile interval, a Go duration
 * @param timeout apply and health-check timeout, a Go duration
 */
public record FluxSettings(
    boolean layout,
    String name,
    String namespace,
    String path,
    String sourceKind,
    String sourceName,
    String sourceNamespace,
    String interval,
    String timeout) {
  /** Defaults: no layout; Flux's bootstrap source {@code flux-system}. */
  public static final FluxSettings DEFAULT =
      new FluxSettings(
          false, null, "flux-system", "./", "GitRepository", "flux-system", null, "10m", "5m");

  /**
   * The Flux {@code path} of the package's directory {@code dir}, like {@code ./apps/shop/deploy}.
   */
  public String pathOf(String dir) {
    String base = path.replaceFirst("^\\./", "").replaceFirst("/+$", "");
    return base.isEmpty() ? "./" + dir : "./" + base + "/" + dir;
  }
}
