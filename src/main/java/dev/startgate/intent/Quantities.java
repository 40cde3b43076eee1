package dev.startgate.intent;

/**
 * The CPU and memory of one container, written as both its requests and its limits (equal, so a
 * Guaranteed pod stays Guaranteed).
 *
 * @param cpu a Kubernetes quantity, like {@code 200m}
 * @param memory a Kubernetes quantity, like {@code 128Mi}
 */
public record Quantities(String cpu, String memory) {}
