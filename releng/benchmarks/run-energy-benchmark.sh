#!/bin/sh
# The energy of a large Flowcept campaign by level and by activity after its import (EnergyBenchmark): generates
# a campaign with the ProvLens generator (default 1,000,000 tasks) or reads a given file, imports it into a
# workspace with a temporary bulk store, and times the energy provider (the ledger of every run and task, then the
# two groupings) cold and steady, with the ledger's heap.
# Usage: releng/benchmarks/run-energy-benchmark.sh [tasks | campaign.jsonl] [generator options...]
#   releng/benchmarks/run-energy-benchmark.sh 1000000 --telemetry-everywhere --gcds 2
# Plain JVM, no Tycho, no OSGi: compiles the core sources; jars from ~/.m2 (run the Tycho build once to fetch them).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
input="${1:-1000000}"
[ $# -gt 0 ] && shift
work=$(mktemp -d "${TMPDIR:-/tmp}/provlens-energy-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
benchmarks="ImportBenchmark.java EnergyBenchmark.java"
bundles="org.provlens.analysis.core org.provlens.workspace.core org.provlens.energy.core"
. "$here/core-classes.sh"
if [ -f "$input" ]; then
  campaign="$input"
else
  campaign="$work/campaign.jsonl"
  "$JAVA_HOME/bin/java" -cp "$work/classes" org.provlens.generator.core.CampaignGenerator --tasks "$input" "$@" \
    --out "$campaign"
fi
"$JAVA_HOME/bin/java" -Xmx6g -XX:+UseG1GC -cp "$work/classes$cp" org.provlens.benchmarks.EnergyBenchmark "$campaign"
