package dev.startgate.plan;

import dev.startgate.intent.Config;
import dev.startgate.intent.Intent;
import dev.startgate.intent.RbacMode;
import dev.startgate.intent.Target;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.model.WorkloadShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The name of the ServiceAccount, Role and RoleBinding startgate makes for a workload with kubectl
 * gates: {@code NAME-startgate}. Kubernetes names are unique per kind, so a Deployment and a
 * CronJob may both be {@code api}: then the kind that comes first in {@link WorkloadShape}'s order
 * (Job, CronJob, Deployment, StatefulSet, DaemonSet, Pod) keeps {@code api-startgate} and each
 * other kind gets {@code NAME-KIND-startgate} ({@code api-deployment-startgate}), with a hash of
 * the workload too where that is another workload's {@code NAME-startgate}. By kind, not by
 * document order: reordering the input renames nothing; and the workloads of the files beside the
 * input count as the input's do, so rewriting files together or one by one names alike.
 */
final class AccountNames {
  private final Map<Resource, String> qualified;

  private AccountNames(Map<Resource, String> qualified) {
    this.qualified = qualified;
  }

  /**
   * The names of the accounts and Roles of {@code plans} under {@code config}: of the workloads
   * with kubectl gates, named with those of {@code beside}, the intents of the files beside the
   * input (rewrite, pre-commit), as one stream of them all would be (review EK).
   */
  static AccountNames of(Config config, List<WorkloadPlan> plans, List<Intent> beside) {
    List<Resource> workloads = new ArrayList<>();
    boolean kubectl = config.rbac() != RbacMode.NONE && !config.kubernetes().whenReady();
    for (WorkloadPlan p : kubectl ? plans : List.<WorkloadPlan>of()) {
      if (p.intent().workload().facts().pod() != null
          && p.gates().stream().anyMatch(g -> ApiAccess.of(g).isPresent())) {
        workloads.add(p.intent().workload());
      }
    }
    for (Intent i : kubectl ? beside : List.<Intent>of()) {
      if (i.targets().stream().anyMatch(t -> t.accept(NEEDS_ACCOUNT))) {
        workloads.add(i.workload());
      }
    }
    return of(workloads);
  }

  /** The names of {@code workloads}, the input's workloads that get an account or a Role. */
  static AccountNames of(List<Resource> workloads) {
    Map<String, Resource> first = new HashMap<>();
    for (Resource w : workloads) {
      // A workload without a name (generateName) gets no account: AccessPrerequisites says why.
      if (w.name() == null) {
        continue;
      }
      first.merge(key(w), w, (a, b) -> rank(b) < rank(a) ? b : a);
    }
    Map<Resource, String> qualified = new IdentityHashMap<>();
    for (Resource w : workloads) {
      if (w.name() != null && rank(first.get(key(w))) < rank(w)) {
        // NAME-KIND-startgate may be another workload's plain name (a Job api-deployment beside
        // a Deployment and a Job api): then it carries a hash of its workload too (review EK).
        String name = qualifiedName(w);
        qualified.put(
            w,
            first.containsKey(String.valueOf(w.namespace()).concat("/").concat(name))
                ? hashedName(w)
                : name);
      }
    }
    return new AccountNames(qualified);
  }

  /** True for a target whose gate asks the API server with the pod's token. */
  private static final Target.Visitor<Boolean> NEEDS_ACCOUNT =
      new Target.Visitor<>() {
        @Override
        public Boolean tcp(Target.Tcp target) {
          return false;
        }

        @Override
        public Boolean http(Target.Http target) {
          return false;
        }

        @Override
        public Boolean protocol(Target.Protocol target) {
          return false;
        }

        @Override
        public Boolean service(Target.Service target) {
          return false;
        }

        @Override
        public Boolean workload(Target.Workload target) {
          return true;
        }

        @Override
        public Boolean pods(Target.Pods target) {
          return true;
        }

        @Override
        public Boolean custom(Target.Custom target) {
          return true;
        }
      };

  /** The account, Role and RoleBinding name of {@code workload} in this input. */
  String of(Resource workload) {
    String name = qualified.get(workload);
    return name != null ? name : plainName(workload);
  }

  /** True if {@code name} is a name startgate gives {@code workload}'s account in some input. */
  static boolean isOwn(Resource workload, String name) {
    return name.equals(plainName(workload))
        || name.equals(qualifiedName(workload))
        || name.equals(hashedName(workload));
  }

  /** {@code NAME-startgate}. */
  static String plainName(Resource workload) {
    String base = String.valueOf(workload.name()).concat("-startgate");
    return ObjectNames.fit(base, base, 253);
  }

  private static String qualifiedName(Resource workload) {
    String base =
        String.valueOf(workload.name())
            .concat("-")
            .concat(workload.kind().toLowerCase(Locale.ROOT))
            .concat("-startgate");
    return ObjectNames.fit(base, base, 253);
  }

  private static String hashedName(Resource workload) {
    String seed = workload.kind().concat("/").concat(String.valueOf(workload.name()));
    String base =
        String.valueOf(workload.name())
            .concat("-")
            .concat(workload.kind().toLowerCase(Locale.ROOT))
            .concat("-")
            .concat(ObjectNames.hash(seed))
            .concat("-startgate");
    return ObjectNames.fit(base, base, 253);
  }

  private static String key(Resource w) {
    return String.valueOf(w.namespace()).concat("/").concat(plainName(w));
  }

  private static int rank(Resource w) {
    return w.shape().map(WorkloadShape::ordinal).orElse(Integer.MAX_VALUE);
  }

  /**
   * The error for {@code workload}, whose account and Role {@code ours} the {@code first} workload
   * in its namespace has already: the same object twice, or a name that meets another's
   * kind-qualified one.
   */
  static Result clash(Resource first, Resource workload, String ours) {
    return Result.error(
        workload,
        "metadata.name",
        workload.name(),
        "the "
            + first.kind()
            + " \""
            + first.name()
            + "\" in namespace \""
            + workload.namespace()
            + "\" is gated too and needs the same ServiceAccount and Role \""
            + ours
            + (first.kind().equals(workload.kind())
                ? "\"; keep one of the two, or rename one"
                : "\"; give the workloads different names, like "
                    + workload.name()
                    + "-"
                    + workload.kind().toLowerCase(Locale.ROOT)));
  }
}
