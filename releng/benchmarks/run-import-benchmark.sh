#!/bin/sh
# Generates a Flowcept JSONL campaign with the ProvLens generator, then measures its import (ImportBenchmark):
# MB/s and records/s of the full import, retained heap per task, and jackson-core's raw tokenising rate.
# Usage: releng/benchmarks/run-import-benchmark.sh [tasks (default 100000)] [repetitions (default 3)]
# Plain JVM, no Tycho, no OSGi: compiles the model, importer and generator sources; jars from ~/.m2 (run the
# Tycho build once to fetch them). The JVM uses the parallel collector, as the headless command does.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
tasks="${1:-100000}"
repetitions="${2:-3}"
work=$(mktemp -d "${TMPDIR:-/tmp}/provlens-import-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
benchmarks="ImportBenchmark.java"
. "$here/core-classes.sh"
"$JAVA_HOME/bin/java" -cp "$work/classes" org.provlens.generator.core.CampaignGenerator --tasks "$tasks" \
  --out "$work/campaign.jsonl"
"$JAVA_HOME/bin/java" -Xmx8g -XX:+UseParallelGC -cp "$work/classes$cp" org.provlens.benchmarks.ImportBenchmark \
  "$work/campaign.jsonl" "$repetitions"
