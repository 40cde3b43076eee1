package dev.startgate.function;

/**
 * One input text and where it came from, for {@link StartGate#analyze(java.util.List, String)}.
 *
 * @param name the file name, or null for stdin alone
 * @param text its content
 */
public record Source(String name, String text) {}
