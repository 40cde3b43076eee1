package dev.startgate.function;

import dev.startgate.model.ObjectKey;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.plan.DuplicateObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files beside the input that targets also resolve against ({@code rewrite} and {@code explain}
 * pass every file of a folder), read once: their objects, the reading of each text, the files that
 * could not be read, and which of them this run rewrites too. Never changed by a run.
 */
final class RunContext {
  private final List<Resource> resources;

  /**
   * The reading of each context text: {@code rewrite} passes every file of a folder as context and
   * then runs over each of them, and a text read as context is not parsed a second time.
   */
  private final Map<String, InputReader.Reading> readings;

  /** The objects of {@link #resources} that this rewrite rewrites too (by identity). */
  private final Set<Resource> rewritten;

  /** The context files that could not be read, and why: named when a run fails. */
  private final List<Unread> unread;

  /** A file of the context that was not read: its name, why, and its text (null: none read). */
  private record Unread(String name, String why, String text) {}

  /** The text each object of {@link #resources} was read from (by identity). */
  private final Map<Resource, String> texts;

  /** The context's intents, read once (rewrite plans each file of a folder with the others). */
  private final ContextIntents intents = new ContextIntents();

  private RunContext(
      List<Resource> resources,
      Map<String, InputReader.Reading> readings,
      Set<Resource> rewritten,
      List<Unread> unread,
      Map<Resource, String> texts) {
    this.resources = resources;
    this.readings = readings;
    this.rewritten = rewritten;
    this.unread = unread;
    this.texts = texts;
  }

  /**
   * Reads {@code contextTexts} (named by {@code contextNames}, or unnamed when it is empty) with
   * {@code inputs}, every namespaced object that names no namespace in {@code namespace} (null for
   * none); {@code rewrittenTexts}, the texts this run rewrites too; {@code unreadable}, files of
   * the folder that could not be read (by name), each with why. A ResourceList among them is KRM
   * function input, not a manifest: its items are no targets.
   */
  static RunContext read(
      InputReader inputs,
      List<String> contextTexts,
      List<String> contextNames,
      String namespace,
      Collection<String> rewrittenTexts,
      Map<String, String> unreadable) {
    List<Resource> found = new ArrayList<>();
    Map<String, InputReader.Reading> readings = new HashMap<>();
    Set<String> rewritten = Set.copyOf(rewrittenTexts);
    // The planned files themselves, not copies of them beside them (review DG): the same texts.
    Set<String> plannedTexts = Collections.newSetFromMap(new IdentityHashMap<>());
    plannedTexts.addAll(rewrittenTexts);
    Set<Resource> inRewritten = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Resource, String> texts = new IdentityHashMap<>();
    List<Unread> notRead = new ArrayList<>();
    for (int i = 0; i < contextTexts.size(); i++) {
      String text = contextTexts.get(i);
      String name = contextNames.isEmpty() ? null : contextNames.get(i);
      InputReader.Reading reading = inputs.read(text);
      readings.putIfAbsent(text, reading);
      boolean planned = plannedTexts.contains(text);
      if (reading.error() != null && name != null && !planned) {
        notRead.add(new Unread(name, reading.error().message(), text));
      }
      if (reading.error() == null && reading.input().isResourceList()) {
        if (name != null && !planned) {
          notRead.add(
              new Unread(name, "a ResourceList is KRM function input, not a manifest", text));
        }
        continue;
      }
      if (reading.error() == null) {
        // Once per file: a set of texts compares a large file whole with its copy.
        boolean isRewritten = rewritten.contains(text);
        for (Resource r : reading.input().resources()) {
          Resource there = r.inNamespace(namespace).readFrom(name);
          found.add(there);
          texts.put(there, text);
          if (isRewritten) {
            inRewritten.add(there);
          }
        }
      }
    }
    for (Map.Entry<String, String> file : unreadable.entrySet()) {
      notRead.add(new Unread(file.getKey(), file.getValue(), null));
    }
    if (notRead.size() > 1) {
      // The folder's order (a comparator made on every run costs a lambda the archive lacks).
      notRead.sort(Comparator.comparing(Unread::name));
    }
    return new RunContext(
        List.copyOf(found), Map.copyOf(readings), inRewritten, List.copyOf(notRead), texts);
  }

  /** This context, read once, with {@code rewrittenTexts} as the files planned with it. */
  RunContext planning(Collection<String> rewrittenTexts) {
    Set<String> given = Set.copyOf(rewrittenTexts);
    Set<Resource> inRewritten = Collections.newSetFromMap(new IdentityHashMap<>());
    // Each file's text once: a set of texts compares a large file whole with its copy.
    Map<String, Boolean> isGiven = new IdentityHashMap<>();
    for (Resource r : resources) {
      if (isGiven.computeIfAbsent(texts.get(r), given::contains)) {
        inRewritten.add(r);
      }
    }
    // A file planned is the input, no file beside it left out (explain of a ResourceList file,
    // which is context of its own folder too, said so of itself; review DF).
    List<Unread> beside = new ArrayList<>(unread.size());
    Set<String> planned = Collections.newSetFromMap(new IdentityHashMap<>());
    planned.addAll(rewrittenTexts);
    for (Unread file : unread) {
      if (file.text() == null || !planned.contains(file.text())) {
        beside.add(file);
      }
    }
    return new RunContext(resources, readings, inRewritten, List.copyOf(beside), texts);
  }

  /** The context's objects, in the files' order. */
  List<Resource> resources() {
    return resources;
  }

  /** The reading of {@code text} when it is a context text, or null. */
  InputReader.Reading reading(String text) {
    return readings.get(text);
  }

  /** The cache of the context's intents. */
  ContextIntents intents() {
    return intents;
  }

  /**
   * A warning for each context file that could not be read: a target it holds is not seen. Given
   * where a run fails only (a chart's templates beside it do not parse either).
   */
  List<Result> unreadWarnings() {
    List<Result> out = new ArrayList<>(unread.size());
    for (Unread file : unread) {
      out.add(
          Result.warning(
              null,
              null,
              file.name()
                  + ", beside the input, is left out of its context ("
                  + file.why()
                  + "), so a target it holds is not seen"));
    }
    return out;
  }

  /**
   * The context's objects that are not objects of {@code input}: a file given to {@code rewrite} or
   * {@code explain} is also read as context of its folder, and its objects were counted twice ("and
   * 1 more" of a single Deployment). The input's own reading wins.
   */
  List<Resource> beside(List<Resource> input) {
    if (resources.isEmpty()) {
      return resources;
    }
    Set<ObjectKey> own = new HashSet<>();
    for (Resource r : input) {
      own.add(ObjectKey.of(r));
    }
    List<Resource> beside = new ArrayList<>(resources.size());
    for (Resource r : resources) {
      if (!own.contains(ObjectKey.of(r))) {
        beside.add(r);
      }
    }
    return beside;
  }

  /**
   * The objects of the files beside the input of {@code inputText} (its own file is context too),
   * but startgate's objects of the files this rewrite rewrites too (or explain plans as its input),
   * which a run over each takes out: what a check of copies of startgate's objects beside the input
   * looks at.
   */
  List<Resource> otherFiles(String inputText) {
    if (resources.isEmpty()) {
      return resources;
    }
    // One comparison per file, not per object.
    Set<String> same = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> other = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Resource> out = new ArrayList<>();
    for (Resource r : resources) {
      String text = texts.get(r);
      if (!same.contains(text) && !other.contains(text)) {
        (text.equals(inputText) ? same : other).add(text);
      }
      if (other.contains(text) && !(r.isGenerated() && rewritten.contains(r))) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * A warning on each object of one of the context files {@code names} (the files {@code rewrite}
   * is given, in its order) that another of them, earlier, holds too.
   */
  List<Result> duplicatesAcross(List<String> names) {
    Map<String, List<Resource>> byFile = new HashMap<>();
    for (Resource r : resources) {
      if (r.file() != null) {
        byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
      }
    }
    List<List<Resource>> files = new ArrayList<>();
    for (String name : names) {
      files.add(byFile.getOrDefault(name, List.of()));
    }
    return DuplicateObjects.acrossFiles(files);
  }
}
