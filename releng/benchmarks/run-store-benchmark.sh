#!/bin/sh
# The bulk store benchmark (StoreBenchmark): the workspace layout before the store (telemetry arrays on the heap,
# one binary resource) against the store (memory-mapped column files, main resource and fragments), side by side
# on one Flowcept capture, and the same telemetry in DuckDB for the technology comparison.
# Usage: releng/benchmarks/run-store-benchmark.sh [tasks (default 100000) | capture.jsonl] [sorts (default 30)]
# A task count generates a capture of that size in the per-layer telemetry shape (telemetry at start and end of
# every task, two GCDs: --telemetry-everywhere --gcds 2), the shape of the issue's 6.3 GB, 1M-task campaign.
# Plain JVM: the core sources are compiled (core-classes.sh); jars from ~/.m2 (run the Tycho build once); DuckDB's
# JDBC driver (80 MB) is fetched from Maven Central into ~/.m2 on first use.
# The JVM options are the headless command's (compact object headers on Java 25+, jdk.sh); BENCH_JAVA_OPTS adds
# more (-Dbench.histogram=true prints the heap's classes per task after the reopen and after the level table).
# Needs about 3.5 KB of heap per task for the "before" layout: -Xmx is 14 GB by default (BENCH_XMX).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
m2="${M2_REPO:-$HOME/.m2/repository}"
input="${1:-100000}"
sorts="${2:-30}"
duckdb="$m2/org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar"
if [ ! -f "$duckdb" ]; then
  mkdir -p "$(dirname "$duckdb")"
  curl -sfL -o "$duckdb.part" https://repo.maven.apache.org/maven2/org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar
  mv "$duckdb.part" "$duckdb"
fi
work="${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/provlens-store-bench.XXXXXX")}"
[ -n "${BENCH_DIR-}" ] || trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$work"
benchmarks=StoreBenchmark.java
extra_jars="$duckdb"
. "$here/core-classes.sh"
if [ -f "$input" ]; then
  capture="$input"
else
  capture="$work/capture.jsonl"
  "$JAVA_HOME/bin/java" -cp "$work/classes" org.provlens.generator.core.CampaignGenerator --tasks "$input" \
    --gcds 2 --telemetry-everywhere --out "$capture"
fi
# Each step in a JVM of its own, so that no step's heap or JIT state colours another's figures. The imports run
# with the parallel collector (throughput, comparable with the earlier figures); the reopen step, which browses and
# sorts as the workbench does, with the workbench's collector (provlens.product: -XX:+UseG1GC; BENCH_REOPEN_GC).
for step in before after reopen report duckdb; do
  gc=-XX:+UseParallelGC
  [ "$step" = reopen ] && gc="${BENCH_REOPEN_GC:--XX:+UseG1GC}"
  "$JAVA_HOME/bin/java" -Xmx${BENCH_XMX:-14g} $gc $PROVLENS_JDK_VMARGS --enable-native-access=ALL-UNNAMED ${BENCH_JAVA_OPTS-} \
    -cp "$work/classes$cp" org.provlens.benchmarks.StoreBenchmark "$capture" "$work/run" "$step" "$sorts"
done
