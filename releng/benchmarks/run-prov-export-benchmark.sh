#!/bin/sh
# Generates a Flowcept JSONL campaign with the ProvLens generator, imports it, then measures the PROV-JSON export to
# a file, its validation and its import (ProvExportBenchmark): times, document size and the heap each step needs
# beyond the model. With 600,000 tasks the document is over 2 GiB, which no byte[] holds.
# Usage: releng/benchmarks/run-prov-export-benchmark.sh [tasks (default 100000)] [max heap (default 12g)]
# Plain JVM, no Tycho, no OSGi: compiles the model, importer and generator sources; jars from ~/.m2 (run the
# Tycho build once to fetch them). Needs free disk for the JSONL and the PROV-JSON file (about 6 kB a task).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
tasks="${1:-100000}"
heap="${2:-12g}"
work=$(mktemp -d "${TMPDIR:-/tmp}/provlens-prov-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
benchmarks="ImportBenchmark.java ProvExportBenchmark.java"
. "$here/core-classes.sh"
"$JAVA_HOME/bin/java" -cp "$work/classes" org.provlens.generator.core.CampaignGenerator --tasks "$tasks" \
  --out "$work/campaign.jsonl"
"$JAVA_HOME/bin/java" -Xmx"$heap" -XX:+UseParallelGC -cp "$work/classes$cp" \
  org.provlens.benchmarks.ProvExportBenchmark "$work/campaign.jsonl" "$work/campaign.prov.json"
