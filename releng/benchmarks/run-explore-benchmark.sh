#!/bin/sh
# The scale benchmark of the Runs navigator and the Level table (ExploreBenchmark): generates a Flowcept campaign
# of N tasks (default 1,000,000) and measures navigator expansions, level-table opening, sorting, filtering and
# grouping on the views' own model code, without a display, and the heap.
# Usage: releng/benchmarks/run-explore-benchmark.sh [tasks | campaign.jsonl]
# (a Flowcept JSONL file instead of a task count skips the generation, e.g. to repeat a run on the same campaign)
# Needs the built product (./mvnw -DskipTests verify) for the platform jars (JFace, NatTable, EMF, jackson).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
plugins="${PROVLENS_PLUGINS:-$root/releng/org.provlens.product/target/products/org.provlens.product/linux/gtk/x86_64/plugins}"
if [ ! -d "$plugins" ]; then
  echo "Build the product first: ./mvnw -DskipTests verify" >&2
  exit 1
fi
tasks="${1:-1000000}"
work=$(mktemp -d "${TMPDIR:-/tmp}/provlens-explore-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
# Third-party jars from the product; ProvLens itself compiled from the current sources (and put first).
cp=$(ls "$plugins"/*.jar | grep -v "^$plugins/org\.provlens" | tr '\n' ':')
find "$root/bundles/org.provlens.model/src-gen" "$root/bundles/org.provlens.model/src" \
  "$root/bundles/org.provlens.importer.core/src" "$root/bundles/org.provlens.analysis.core/src" \
  "$root/bundles/org.provlens.generator.core/src" -name '*.java' > "$work/sources"
# The model code of the two views, not the views: it needs JFace only, and no display.
ui="$root/bundles/org.provlens.ui/src/org/provlens/ui"
ls "$ui/navigator/RunsContentProvider.java" "$ui/navigator/ActivityGroup.java" "$ui/table/LevelTableModel.java" \
  >> "$work/sources"
echo "$here/src/org/provlens/benchmarks/ExploreBenchmark.java" >> "$work/sources"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "$cp" -d "$work/classes" @"$work/sources"
if [ -f "$tasks" ]; then
  campaign="$tasks"
else
  campaign="$work/campaign.jsonl"
  "$JAVA_HOME/bin/java" -cp "$work/classes" org.provlens.generator.core.CampaignGenerator --tasks "$tasks" \
    --out "$campaign"
fi
# G1, the workbench's collector: its young pauses stay short beside a 1.5 GB model (the parallel collector,
# faster for the import, pauses 75-175 ms at every young collection once the model is loaded).
"$JAVA_HOME/bin/java" -Xmx4g ${BENCH_JAVA_OPTS:--XX:+UseG1GC} -cp "$work/classes:$cp" \
  org.provlens.benchmarks.ExploreBenchmark "$campaign"
