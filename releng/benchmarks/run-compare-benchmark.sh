#!/bin/sh
# The scale benchmark of the comparison (issue 20): 1,000 runs of 10,000 tasks built in code (CompareWorkspace),
# the comparison provider, lockstep drill-downs and overlay data timed on a plain JVM (CompareBenchmark); with
# --ui, also the comparison editor's body opening and scrolling in a real SWT display (CompareUiBenchmark; run it
# under Xvfb: xvfb-run -a releng/benchmarks/run-compare-benchmark.sh --ui). The UI part needs the built product
# (./mvnw -DskipTests verify) for SWT, JFace and NatTable.
# Usage: releng/benchmarks/run-compare-benchmark.sh [--ui] [runs (default 1000)] [reps (default 5)]
# Heap: 10 million lean tasks take about 3.8 GB; -Xmx is 9 GB by default (BENCH_XMX); BENCH_JAVA_OPTS adds JVM
# options (e.g. -XX:StartFlightRecording=filename=compare.jfr for a profile).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
ui=""
if [ "${1-}" = "--ui" ]; then ui=1; shift; fi
runs="${1:-1000}"
reps="${2:-5}"
work=$(mktemp -d "${TMPDIR:-/tmp}/provlens-compare-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$work/classes"
benchmarks=""
. "$here/core-classes.sh"
# The analysis and comparison cores on top of what core-classes.sh compiled.
find "$root/bundles/org.provlens.analysis.core/src" "$root/bundles/org.provlens.compare.core/src" -name '*.java' \
  > "$work/compare-sources"
for b in CompareWorkspace.java CompareBenchmark.java; do echo "$here/src/org/provlens/benchmarks/$b" >> "$work/compare-sources"; done
"$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "$work/classes$cp" -d "$work/classes" \
  @"$work/compare-sources"
if [ -z "$ui" ]; then
  exec "$JAVA_HOME/bin/java" -Xmx"${BENCH_XMX:-9g}" -XX:+UseG1GC ${BENCH_JAVA_OPTS-} -cp "$work/classes$cp" \
    org.provlens.benchmarks.CompareBenchmark "$runs" "$reps"
fi
plugins="${PROVLENS_PLUGINS:-$root/releng/org.provlens.product/target/products/org.provlens.product/linux/gtk/x86_64/plugins}"
if [ ! -d "$plugins" ]; then
  echo "Build the product first: ./mvnw -DskipTests verify" >&2
  exit 1
fi
# SWT, JFace and NatTable from the product; the editor's body (no workbench) from the compare.ui sources.
swt=$(ls "$plugins"/*.jar | grep -E '/org\.eclipse\.(swt|jface|equinox\.common|core\.commands|equinox\.bidi)|nattable|eclipse\.collections|/slf4j' | tr '\n' ':')
find "$root/bundles/org.provlens.compare.ui/src/org/provlens/compare/ui/view" -name '*.java' > "$work/ui-sources"
echo "$here/src/org/provlens/benchmarks/CompareUiBenchmark.java" >> "$work/ui-sources"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "$work/classes$cp:$swt" -d "$work/classes" \
  @"$work/ui-sources"
exec "$JAVA_HOME/bin/java" -Xmx"${BENCH_XMX:-9g}" -XX:+UseG1GC ${BENCH_JAVA_OPTS-} -cp "$work/classes$cp:$swt" \
  org.provlens.benchmarks.CompareUiBenchmark "$runs" "$reps"
