package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.yaml.Spliced;
import dev.startgate.yaml.TextEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  private static final Pattern HUNK =
      Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

  @Test
  void equalTextsHaveNoDiff() {
    assertEquals("", diff("f.yaml", "a\nb\n", "a\nb\n"));
  }

  @Test
  void insertionLooksLikeDiffU() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
    String after = "a\nb\nc\nd\nX\nY\ne\nf\ng\nh\n";
    assertEquals(
        "--- a/f.yaml\n+++ b/f.yaml\n@@ -2,6 +2,8 @@\n b\n c\n d\n+X\n+Y\n e\n f\n g\n",
        diff("f.yaml", before, after));
  }

  @Test
  void farApartChangesMakeTwoHunks() {
    StringBuilder before = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      before.append(i).append('\n');
    }
    String after = before.toString().replace("\n2\n", "\ntwo\n").replace("\n19\n", "\nnineteen\n");
    String diff = diff("n", before.toString(), after);
    assertEquals(2, diff.split("@@ -", -1).length - 1, diff);
    assertTrue(diff.contains("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n"), diff);
    assertTrue(diff.contains("@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+nineteen\n 20\n"), diff);
  }

  @Test
  void missingFinalNewlineIsMarked() {
    String diff = diff("f", "a\nb", "a\nb\n");
    assertEquals(
        "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n", diff);
  }

  @Test
  void emptyBefore() {
    assertEquals("--- a/f\n+++ b/f\n@@ -0,0 +1,2 @@\n+a\n+b\n", diff("f", "", "a\nb\n"));
  }

  /**
   * Thousands of changed lines in one stretch (the RBAC objects of thousands of gated Jobs after a
   * file's last document) need no search whose memory grows with their square: the diff still
   * applies, keeps the common head and tail as context, and adds exactly the new lines.
   */
  @Test
  void thousandsOfChangedLinesInOneStretchApply() {
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      head.append("kept ").append(i).append('\n');
    }
    StringBuilder added = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      added.append("- generated ").append(i % 7).append('\n');
    }
    String before = head + "tail\n";
    String after = head.toString() + added + "tail\n";
    String inserted = diff("x", before, after);
    assertEquals(after, apply(before, inserted));
    assertTrue(
        inserted.startsWith("--- a/x\n+++ b/x\n@@ -48,4 +48,60004 @@\n kept 47\n"),
        inserted.substring(0, 80));
    StringBuilder other = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      other.append("- other ").append(i % 5).append('\n');
    }
    String replaced = head.toString() + other + "tail\n";
    String both = diff("x", after, replaced);
    assertEquals(replaced, apply(after, both));
  }

  /** Applying the diff to the old text must give the new one, for many random edits. */
  @Test
  void applyingTheDiffGivesTheNewText() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      List<String> a = randomLines(random);
      List<String> b = new ArrayList<>(a);
      int edits = random.nextInt(6);
      for (int e = 0; e < edits; e++) {
        int at = b.isEmpty() ? 0 : random.nextInt(b.size() + 1);
        switch (random.nextInt(3)) {
          case 0 -> b.add(at, "new" + random.nextInt(5) + "\n");
          case 1 -> {
            if (at < b.size()) {
              b.remove(at);
            }
          }
          default -> {
            if (at < b.size()) {
              b.set(at, "changed" + random.nextInt(3) + "\n");
            }
          }
        }
      }
      String before = String.join("", a);
      String after = String.join("", b);
      assertEquals(after, apply(before, diff("x", before, after)), "round " + round);
    }
  }

  /**
   * The diff of an edit, matched along the text the edit kept, applies to the old text as the diff
   * over the whole text does, and is as long as that one where the edits are apart.
   */
  @Test
  void theDiffOfAnEditAppliesAsTheWholeDiffDoes() {
    Random random = new Random(16);
    for (int round = 0; round < 2000; round++) {
      String before = String.join("", randomLines(random)) + (random.nextBoolean() ? "" : "end");
      TextEdits edits = new TextEdits(before);
      int at = 0;
      for (int e = random.nextInt(5); e > 0 && at <= before.length(); e--) {
        int start = at + random.nextInt(Math.max(1, Math.min(20, before.length() - at + 1)));
        start = Math.min(start, before.length());
        int end = Math.min(before.length(), start + random.nextInt(12));
        String text = random.nextBoolean() ? "" : "new" + random.nextInt(3) + "\nline3\n";
        if (random.nextInt(4) == 0) {
          text = text.replace("\n", "");
        }
        edits.replace(start, end, text);
        at = end + 1;
      }
      String after = edits.apply();
      String diff = UnifiedDiff.of("x", before, edits.spliced(), after);
      assertEquals(after, apply(before, diff), "round " + round + "\n" + diff);
      if (before.equals(after)) {
        assertEquals("", diff);
      }
    }
  }

  @Test
  void aLargeEditIsDiffedAlongWhatItKept() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("line ").append(i % 7).append('\n');
    }
    String before = text.toString();
    TextEdits edits = new TextEdits(before);
    for (int i = 0; i < 2_000; i++) {
      int line = i * 10 * "line 0\n".length();
      edits.insert(line, "- gate " + i + "\n  with: lines\n  and: more\n".repeat(3));
    }
    String after = edits.apply();
    String diff = UnifiedDiff.of("big", before, edits.spliced(), after);
    assertEquals(after, apply(before, diff));
    assertEquals(
        18_000, diff.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count());
    assertEquals(2_000, diff.lines().filter(l -> l.startsWith("@@")).count());
  }

  /**
   * Only the lines the edit kept are matched at once: whole lines of the source, not the ones an
   * edit starts or ends in, nor the edit's own text when it repeats a line of the source.
   */
  @Test
  void theLinesAnEditKeptAreMatchedAtOnce() {
    String before = "a\nb\nc\nd\n";
    TextEdits edits = new TextEdits(before);
    edits.insert(2, "a\nx\n"); // before "b": its own "a" is not the source's
    edits.replace(4, 5, "C"); // "c" becomes "C": that line is not kept
    Spliced spliced = edits.spliced();
    String joined = spliced.toString();
    assertEquals("a\na\nx\nb\nC\nd\n", joined);
    List<int[]> kept =
        UnifiedDiff.kept(
            before, UnifiedDiff.starts(before), spliced, joined, UnifiedDiff.starts(joined));
    assertEquals(List.of("0-0", "1-3", "3-5"), kept.stream().map(p -> p[0] + "-" + p[1]).toList());
    // The diff made along those pairs.
    assertEquals(
        "--- a/f\n+++ b/f\n@@ -1,4 +1,6 @@\n a\n+a\n+x\n b\n-c\n+C\n d\n",
        UnifiedDiff.of("f", before, spliced, joined));
  }

  /** The diff of {@code after} as a whole, Myers over every line. */
  private static String diff(String path, String before, String after) {
    return UnifiedDiff.of(path, before, Spliced.of(after), after);
  }

  private static List<String> randomLines(Random random) {
    List<String> lines = new ArrayList<>();
    int n = random.nextInt(30);
    for (int i = 0; i < n; i++) {
      lines.add("line" + random.nextInt(8) + "\n");
    }
    return lines;
  }

  /** A strict patch: context and removed lines must match where the hunk header says. */
  private static String apply(String before, String diff) {
    if (diff.isEmpty()) {
      return before;
    }
    List<String> a = UnifiedDiff.lines(before);
    List<String> out = new ArrayList<>();
    List<String> d = UnifiedDiff.lines(diff);
    int next = 0;
    for (int i = 2; i < d.size(); ) {
      Matcher m = HUNK.matcher(d.get(i));
      assertTrue(m.lookingAt(), d.get(i));
      int start = Integer.parseInt(m.group(1));
      int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int from = count == 0 ? start : start - 1;
      while (next < from) {
        out.add(a.get(next++));
      }
      i++;
      while (i < d.size() && !d.get(i).startsWith("@@")) {
        String line = d.get(i).substring(1);
        char op = d.get(i).charAt(0);
        if (i + 1 < d.size() && d.get(i + 1).equals("\\ No newline at end of file\n")) {
          line = line.substring(0, line.length() - 1);
          i++;
        }
        if (op == ' ' || op == '-') {
          assertEquals(a.get(next), line);
          next++;
        }
        if (op == ' ' || op == '+') {
          out.add(line);
        }
        i++;
      }
    }
    while (next < a.size()) {
      out.add(a.get(next++));
    }
    return String.join("", out);
  }
}
