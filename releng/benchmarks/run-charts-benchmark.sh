#!/bin/sh
# The charts' scale targets (ChartsBenchmark): decimation of a 10,000,000-point series from the bulk store's mapped
# buffer, the SWTChart redraw of the decimated line, a zoom step, brushing parallel coordinates over 10,000 runs
# and the timeline of a million tasks. Needs a display: runs itself under xvfb-run when there is none.
# Usage: releng/benchmarks/run-charts-benchmark.sh [runs (default 10000)] [timeline tasks (default 1000000)]
# Needs the built product (./mvnw -DskipTests verify) for the platform jars (SWT, JFace, SWTChart, EMF, Commons Math).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
if [ -z "${DISPLAY-}" ] && [ -z "${PROVLENS_UNDER_XVFB-}" ]; then
  PROVLENS_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
plugins="${PROVLENS_PLUGINS:-$root/releng/org.provlens.product/target/products/org.provlens.product/linux/gtk/x86_64/plugins}"
if [ ! -d "$plugins" ]; then
  echo "Build the product first: ./mvnw -DskipTests verify" >&2
  exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/provlens-charts-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
# Third-party jars from the product (copied: a build running meanwhile may replace them); ProvLens from the sources.
mkdir -p "$work/plugins"
for jar in "$plugins"/*.jar; do
  case "$(basename "$jar")" in org.provlens.*) ;; *) cp "$jar" "$work/plugins/" ;; esac
done
cp=$(ls "$work/plugins"/*.jar | tr '\n' ':')
find "$root/bundles/org.provlens.model/src-gen" "$root/bundles/org.provlens.model/src" \
  "$root/bundles/org.provlens.analysis.core/src" "$root/bundles/org.provlens.charts.core/src" -name '*.java' \
  > "$work/sources"
ui="$root/bundles/org.provlens.charts.ui/src/org/provlens/charts/ui"
ls "$ui/ChartAdapter.java" "$ui/CompactFormat.java" "$ui/Painter.java" "$ui/GcPainter.java" "$ui/SvgPainter.java" "$ui/Theme.java" \
  "$ui/Raster.java" "$ui/views/ParallelPlot.java" >> "$work/sources"
echo "$here/src/org/provlens/benchmarks/ChartsBenchmark.java" >> "$work/sources"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -proc:none -cp "$cp" -d "$work/classes" @"$work/sources"
"$JAVA_HOME/bin/java" -Xmx6g -XX:+UseG1GC -cp "$work/classes:$cp" org.provlens.benchmarks.ChartsBenchmark "$@"
