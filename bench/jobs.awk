# 10,000 gated Jobs and nothing else, the inputs of the fifth round's alternating rounds in
# docs/performance-rounds.md (within the gate limit of the builds before that round, 10,000 gates):
#   awk -v shape=chain -f bench/jobs.awk > target/bench/jobs-chain.yaml  # each Job waits for the one before (job/)
#   awk -v shape=tcp -f bench/jobs.awk > target/bench/jobs-tcp.yaml      # each Job waits for a tcp:// target
BEGIN {
  for (i = 0; i < 10000; i++) {
    if (shape == "chain") { ns = "default"; t = i ? "job/job-" (i - 1) : "tcp://db:5432" }
    else { ns = "ns-" (i % 20); t = "tcp://db-" i ":5432" }
    printf "%sapiVersion: batch/v1\nkind: Job\nmetadata:\n  name: job-%d\n  namespace: %s\n  labels:\n    app: job-%d\n  annotations:\n    startgate.dev/wait-for: %s\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: main\n        image: registry.example.com/app:1.2.3\n        command: [\"sh\", \"-c\", \"echo hi\"]\n        env:\n        - name: A\n          value: \"1\"\n", (i ? "---\n" : ""), i, ns, i, t
  }
}
