package dev.startgate.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.intent.Config;
import dev.startgate.intent.Intent;
import dev.startgate.intent.IntentReader;
import dev.startgate.model.Resource;
import dev.startgate.model.Result;
import dev.startgate.yaml.YDocument;
import dev.startgate.yaml.YMapping;
import dev.startgate.yaml.YamlLimits;
import dev.startgate.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated objects are typed records of the plan, checked against the user's objects. */
class GeneratedPlanTest {
  @Test
  void aUsersObjectWithAGeneratedObjectsIdentityIsAnErrorOfThePlan() throws Exception {
    String yaml =
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: m
          namespace: jobs
          annotations: {startgate.dev/wait-for: deployment/shop/api}
        spec: {template: {spec: {containers: [{name: m, image: m}]}}}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: m-startgate, namespace: jobs}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: jobs.m-startgate
          namespace: shop
          labels: {app.kubernetes.io/managed-by: startgate}
        ---
        apiVersion: v1
        kind: Role
        metadata: {name: jobs.m-startgate, namespace: shop}
        """;
    List<Resource> resources = new ArrayList<>();
    for (YDocument d : new YamlParser(YamlLimits.DEFAULT).parse(yaml)) {
      resources.add(Resource.of((YMapping) d.root()));
    }
    Intent intent = new IntentReader().read(resources.get(0), Config.DEFAULT).intent();
    Plan plan = new Planner().plan(List.of(intent), new Inventory(resources));
    AccessPlan access = AccessPlanner.plan(Config.DEFAULT, plan.workloads());
    OrderingPlan ordering =
        OrderingPlanner.plan(
            Config.DEFAULT,
            new OrderingPlanner.Scope(false, resources, null, false),
            resources,
            Map.of());
    GeneratedPlan generated = GeneratedPlan.of(access, ordering, Config.DEFAULT.flux(), resources);
    assertEquals(
        List.of(
            "ServiceAccount/jobs/m-startgate",
            "Role/shop/jobs.m-startgate",
            "RoleBinding/shop/jobs.m-startgate"),
        generated.objects().stream()
            .map(g -> g.kind() + "/" + g.namespace() + "/" + g.name())
            .toList());
    // Only the user's ServiceAccount clashes: the RoleBinding is startgate's own from an earlier
    // run, and a Role of another API group is another object.
    List<Result> collisions = generated.collisions();
    assertEquals(1, collisions.size(), collisions.toString());
    assertEquals(
        "m", collisions.get(0).value(), "the value of the field named: the workload's name");
    assertEquals(
        "startgate needs to generate ServiceAccount \"m-startgate\", but the input already has one"
            + " that startgate did not generate; rename yours, or set rbac: none and grant the"
            + " rights yourself",
        collisions.get(0).message());
  }
}
