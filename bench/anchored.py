#!/usr/bin/env python3
"""Writes N resources as a Python generator does with PyYAML's safe_dump_all when a dict is shared
(one labels dict for metadata.labels, the selector and the pod template): `labels: &id001` and
`matchLabels: *id001` in 3 of every 4 documents. `plain` writes the same without anchors; `list`
wraps the documents in a kpt ResourceList.

    python3 bench/anchored.py 10000 [plain] [list] > input.yaml
"""
import sys

import yaml

n = int(sys.argv[1])
plain = "plain" in sys.argv[2:]
docs = []
for i in range(n // 4):
    name = f"app-{i}"
    labels = {"app": name, "tier": "backend"}
    docs.append({"apiVersion": "apps/v1", "kind": "Deployment",
                 "metadata": {"name": name, "namespace": "ns", "labels": labels},
                 "spec": {"replicas": 2, "selector": {"matchLabels": labels},
                          "template": {"metadata": {"labels": labels},
                                       "spec": {"containers": [{"name": "main", "image": f"img:{i}",
                                                                "ports": [{"containerPort": 8080}]}]}}}})
    docs.append({"apiVersion": "v1", "kind": "Service",
                 "metadata": {"name": name, "namespace": "ns", "labels": labels},
                 "spec": {"selector": labels, "ports": [{"port": 80, "targetPort": 8080}]}})
    docs.append({"apiVersion": "v1", "kind": "ConfigMap",
                 "metadata": {"name": name + "-cfg", "namespace": "ns", "labels": labels},
                 "data": {"key": "value " * 5}})
    job = {"job": name}
    docs.append({"apiVersion": "batch/v1", "kind": "Job",
                 "metadata": {"name": name + "-migrate", "namespace": "ns", "labels": job,
                              "annotations": {"startgate.dev/wait-for": f"service/{name}:80"}},
                 "spec": {"template": {"metadata": {"labels": job},
                                       "spec": {"restartPolicy": "Never",
                                                "containers": [{"name": "m", "image": "migrate:1"}]}}}})


class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True if plain else yaml.SafeDumper.ignore_aliases(self, data)


if "list" in sys.argv[2:]:
    items = yaml.dump(docs, Dumper=Dumper, sort_keys=False)
    sys.stdout.write("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n" + items)
else:
    sys.stdout.write(yaml.dump_all(docs, Dumper=Dumper, sort_keys=False))
