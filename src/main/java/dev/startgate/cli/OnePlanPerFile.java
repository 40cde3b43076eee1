package dev.startgate.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The plans of one file reached under several names: a symlink is a file of the folder it is in, so
 * a file linked into {@code dev/} and {@code prod/} is planned with each folder's files. Where
 * those plans write it alike, it is written once; where they differ, which one won would depend on
 * the order of the files given, so the run fails and says why.
 */
final class OnePlanPerFile {
  private record Plan(Path given, String text) {}

  private final Map<Path, Plan> byFile = new HashMap<>();

  /** What a plan of a file that was planned before comes to. */
  enum Verdict {
    /** The first plan of its file. */
    FIRST,
    /** The same text as the file's first plan: nothing more to write. */
    SAME,
    /** Another text than the file's first plan: an error. */
    OTHER
  }

  /** Records that {@code given}, whose real file is {@code file}, was planned as {@code text}. */
  Verdict add(Path given, Path file, String text) {
    Plan first = byFile.putIfAbsent(file, new Plan(given, text));
    return first == null ? Verdict.FIRST : first.text().equals(text) ? Verdict.SAME : Verdict.OTHER;
  }

  /**
   * The error for {@code given}, planned otherwise than the name {@code file} was first planned.
   */
  String conflict(Path given, Path file) {
    Path first = byFile.get(file).given();
    return "planned with the files of its folder, it would be written otherwise than "
        + first
        + " (the same file, "
        + file
        + ", planned with the files of "
        + FolderContext.folder(first)
        + "); a file linked into several folders must plan the same in each: give each folder"
        + " its own copy, or keep what its targets resolve against the same in those folders";
  }
}
