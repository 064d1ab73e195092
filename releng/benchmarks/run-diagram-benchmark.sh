#!/bin/sh
# The scale benchmark of the diagrams (DiagramBenchmark): ELK layout time at 500, 2,000 and 5,000 visible nodes, the
# SWT canvas's redraw time, and a workflow of 100,000 tasks opened in each diagram. Needs a display: run it under
# Xvfb (xvfb-run -a releng/benchmarks/run-diagram-benchmark.sh) or in a desktop session.
# Usage: releng/benchmarks/run-diagram-benchmark.sh [--reps N]
# Needs the built product (./mvnw -DskipTests verify) for the platform jars (SWT, ELK, Guava, EMF, jackson).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
plugins="${PROVLENS_PLUGINS:-$root/releng/org.provlens.product/target/products/org.provlens.product/linux/gtk/x86_64/plugins}"
if [ ! -d "$plugins" ]; then
  echo "Build the product first: ./mvnw -DskipTests verify" >&2
  exit 1
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "No display: run it under Xvfb, xvfb-run -a $0" >&2
  exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/provlens-diagram-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
# Third-party jars from the product; ProvLens compiled from the current sources, with the diagram editor's canvas
# (SWT only, no workbench) and the diagram tests' synthetic workspaces.
cp=$(ls "$plugins"/*.jar | grep -v "^$plugins/org\.provlens" | tr '\n' ':')
find "$root/bundles/org.provlens.model/src-gen" "$root/bundles/org.provlens.model/src" \
  "$root/bundles/org.provlens.analysis.core/src" "$root/bundles/org.provlens.diagram.core/src-gen" \
  "$root/bundles/org.provlens.diagram.core/src" "$root/bundles/org.provlens.diagram.ui/src/org/provlens/diagram/ui/canvas" \
  "$root/bundles/org.provlens.diagram.core.tests/src/org/provlens/diagram/core/tests/Synthetic.java" \
  -name '*.java' > "$work/sources"
echo "$here/src/org/provlens/benchmarks/DiagramBenchmark.java" >> "$work/sources"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "$cp" -d "$work/classes" @"$work/sources"
mkdir -p "$work/classes/descriptions"
cp "$root/bundles/org.provlens.diagram.core/descriptions/"*.xmi "$work/classes/descriptions/"
"$JAVA_HOME/bin/java" -Xmx4g ${BENCH_JAVA_OPTS:--XX:+UseG1GC} -cp "$work/classes:$cp" \
  org.provlens.benchmarks.DiagramBenchmark "$@"
