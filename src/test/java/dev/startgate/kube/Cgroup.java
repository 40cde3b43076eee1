package dev.startgate.kube;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A cgroup with a CPU quota and a memory limit, as the kubelet sets for a container's {@code
 * limits}, that commands run in. Works with cgroup v1 (the {@code cpu} and {@code memory}
 * hierarchies) and v2 (a unified hierarchy with both controllers); needs root. The peak memory of
 * the cgroup counts what the kubelet counts (resident memory and the page cache of files written,
 * such as kubectl's discovery cache), and {@link #oomKills()} tells whether the limit killed a
 * process.
 */
public final class Cgroup implements AutoCloseable {
  private static final Path ROOT = Path.of("/sys/fs/cgroup");
  private static final long PERIOD_US = 100_000;

  private final boolean v2;
  private final List<Path> dirs;

  private Cgroup(boolean v2, List<Path> dirs) {
    this.v2 = v2;
    this.dirs = dirs;
  }

  /**
   * A new cgroup named {@code name} with {@code cpuMillis} of CPU (a quota per 100 ms period) and
   * {@code memoryBytes} of memory (0: no limit).
   *
   * @throws IllegalStateException naming what is missing when this machine cannot do it
   */
  public static Cgroup create(String name, long cpuMillis, long memoryBytes) {
    String unique = name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    try {
      if (Files.exists(ROOT.resolve("cpu/cpu.cfs_quota_us"))
          && Files.exists(ROOT.resolve("memory/memory.max_usage_in_bytes"))) {
        Path cpu = Files.createDirectory(ROOT.resolve("cpu").resolve(unique));
        Cgroup c = new Cgroup(false, List.of(cpu));
        try {
          Path memory = Files.createDirectory(ROOT.resolve("memory").resolve(unique));
          c = new Cgroup(false, List.of(cpu, memory));
          write(cpu.resolve("cpu.cfs_period_us"), PERIOD_US);
          write(cpu.resolve("cpu.cfs_quota_us"), cpuMillis * PERIOD_US / 1000);
          if (memoryBytes > 0) {
            write(memory.resolve("memory.limit_in_bytes"), memoryBytes);
          }
          return c;
        } catch (IOException | RuntimeException e) {
          c.close();
          throw e;
        }
      }
      if (Files.exists(ROOT.resolve("cgroup.controllers"))) {
        String enabled = Files.readString(ROOT.resolve("cgroup.subtree_control"));
        if (!enabled.contains("cpu") || !enabled.contains("memory")) {
          Files.writeString(ROOT.resolve("cgroup.subtree_control"), "+cpu +memory");
        }
        Path dir = Files.createDirectory(ROOT.resolve(unique));
        Cgroup c = new Cgroup(true, List.of(dir));
        try {
          Files.writeString(dir.resolve("cpu.max"), cpuMillis * PERIOD_US / 1000 + " " + PERIOD_US);
          if (memoryBytes > 0) {
            write(dir.resolve("memory.max"), memoryBytes);
            if (Files.exists(dir.resolve("memory.swap.max"))) {
              write(dir.resolve("memory.swap.max"), 0);
            }
          }
          return c;
        } catch (IOException | RuntimeException e) {
          c.close();
          throw e;
        }
      }
      throw new IllegalStateException("no cgroup v1 cpu and memory hierarchies nor cgroup v2");
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot make a cgroup with a CPU quota under "
              + ROOT
              + " ("
              + e
              + "); run as root on a machine with cgroup v1 (cpu, memory) or v2 (.ci/run does)",
          e);
    }
  }

  /** {@code command}, run inside this cgroup. */
  public List<String> wrap(List<String> command) {
    StringBuilder join = new StringBuilder();
    for (Path d : dirs) {
      join.append("echo $$ > ").append(d.resolve("cgroup.procs")).append(" && ");
    }
    List<String> out = new ArrayList<>(List.of("sh", "-c", join + "exec \"$@\"", "sh"));
    out.addAll(command);
    return out;
  }

  /** Forgets the peak memory so far (cgroup v1 only; v2 keeps it for the cgroup's life). */
  void resetPeak() throws IOException {
    if (!v2) {
      write(memory().resolve("memory.max_usage_in_bytes"), 0);
    }
  }

  /** The highest memory use since creation or {@link #resetPeak()}, in bytes. */
  long memoryPeak() throws IOException {
    return Long.parseLong(
        Files.readString(memory().resolve(v2 ? "memory.peak" : "memory.max_usage_in_bytes"))
            .strip());
  }

  /** How many processes the memory limit killed, or -1 where the kernel does not say. */
  long oomKills() throws IOException {
    String stat = Files.readString(memory().resolve(v2 ? "memory.events" : "memory.oom_control"));
    for (String line : stat.split("\n")) {
      if (line.startsWith("oom_kill ")) {
        return Long.parseLong(line.substring("oom_kill ".length()).strip());
      }
    }
    return -1;
  }

  private Path memory() {
    return dirs.get(dirs.size() - 1);
  }

  private static void write(Path file, long value) throws IOException {
    Files.writeString(file, Long.toString(value));
  }

  /**
   * Kills what is left of the processes this cgroup ran (a loop's last child may outlive its
   * shell), then removes the cgroup.
   */
  @Override
  public void close() throws IOException {
    for (Path d : dirs) {
      for (int i = 0; i < 250 && Files.exists(d); i++) {
        for (String pid : Files.readString(d.resolve("cgroup.procs")).split("\\s+")) {
          if (!pid.isBlank()) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
          }
        }
        try {
          Files.delete(d);
        } catch (IOException busy) {
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }
}
