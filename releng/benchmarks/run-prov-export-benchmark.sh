#!/bin/sh
# Generates a Flowcept JSONL campaign with the ProvLens generator, imports it, then measures the PROV-JSON export to
# a file, its validation and its import (ProvExportBenchmark): times, document size and the heap each step needs
# beyond the model. With 600,000 tasks the document is over 2 GiB, which no byte[] holds.
# Usage: releng/benchmarks/run-prov-export-benchmark.sh [tasks (default 100000)] [max heap (default 12g)]
# Plain JVM, no Tycho, no OSGi: compiles the model, importer and generator sources; jars from ~/.m2 (run the
# Tycho build once to fetch them). Needs free disk for the JSONL and the PROV-JSON file (about 6.5 kB a task).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
m2="${M2_REPO:-$HOME/.m2/repository}"
tasks="${1:-100000}"
heap="${2:-12g}"
cp=""
for jar in org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
    org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
    org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar \
    org/eclipse/platform/org.eclipse.equinox.common/3.20.400/org.eclipse.equinox.common-3.20.400.jar \
    com/fasterxml/jackson/core/jackson-core/2.22.4/jackson-core-2.22.4.jar \
    org/xerial/sqlite-jdbc/3.54.1.0/sqlite-jdbc-3.54.1.0.jar; do
  if [ ! -f "$m2/$jar" ]; then
    echo "Missing $m2/$jar: run the Tycho build once (./mvnw verify) to fetch it" >&2
    exit 1
  fi
  cp="$cp:$m2/$jar"
done
work=$(mktemp -d "${TMPDIR:-/tmp}/provlens-prov-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
find "$root/bundles/org.provlens.model/src-gen" "$root/bundles/org.provlens.model/src" \
  "$root/bundles/org.provlens.importer.core/src" "$root/bundles/org.provlens.generator.core/src" \
  -name '*.java' > "$work/sources"
echo "$here/src/org/provlens/benchmarks/ProvExportBenchmark.java" >> "$work/sources"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "${cp#:}" -d "$work/classes" @"$work/sources"
"$JAVA_HOME/bin/java" -cp "$work/classes" org.provlens.generator.core.CampaignGenerator --tasks "$tasks" \
  --out "$work/campaign.jsonl"
"$JAVA_HOME/bin/java" -Xmx"$heap" -XX:+UseParallelGC -cp "$work/classes$cp" \
  org.provlens.benchmarks.ProvExportBenchmark "$work/campaign.jsonl" "$work/campaign.prov.json"
