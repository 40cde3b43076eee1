package dev.startgate.intent;

/**
 * How long a gate waits, how often it polls, and how long the target must stay ready.
 *
 * @param timeoutSeconds give up after this long (default 300)
 * @param intervalSeconds pause between tries of a network gate (default 2)
 * @param uptimeSeconds the target must still be ready this long after it first was (default 0)
 */
public record Timing(long timeoutSeconds, long intervalSeconds, long uptimeSeconds) {
  /** The defaults of the contract: 300s, 2s, 0s. */
  public static final Timing DEFAULT = new Timing(300, 2, 0);
}
