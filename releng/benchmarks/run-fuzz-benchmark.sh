#!/bin/sh
# The long run of the importers' fuzzing harness (ImportFuzzer in the importer test bundle): builds valid inputs of
# every format, damages them (truncation, garbage, flipped bytes, duplicated and reordered records, wrong field types,
# huge and non-finite numbers, deep nesting, invalid UTF-8, BOM, CRLF; rows and files of stores), imports each
# through format recognition and prints, per format, inputs tried, crashes, hangs and intact records lost.
# Usage: releng/benchmarks/run-fuzz-benchmark.sh [inputs per format (default 2000)] [seed (default 1)] [format...]
#   formats: flowcept_jsonl flowcept_array cmf_export cmf_store mlflow_files mlflow_sqlite codecarbon_csv prov_json
# Plain JVM, no Tycho, no OSGi: compiles the model and importer sources and the harness with the test bundle's
# helpers it uses; jars from ~/.m2 (run the Tycho build once to fetch them). Every failure (seed, damage, what was
# lost) goes to standard error, the table to standard output. Exit status 1 when any input crashed, hung or lost
# an intact record.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
m2="${M2_REPO:-$HOME/.m2/repository}"
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
work=$(mktemp -d "${TMPDIR:-/tmp}/provlens-fuzz-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
tests="$root/bundles/org.provlens.importer.core.tests"
t="$tests/src/org/provlens/importer/core/tests"
find "$root/bundles/org.provlens.model/src-gen" "$root/bundles/org.provlens.model/src" \
  "$root/bundles/org.provlens.importer.core/src" -name '*.java' > "$work/sources"
printf '%s\n' "$t/fuzz/ImportFuzzer.java" "$t/TestFiles.java" "$t/cmf/CmfStores.java" "$t/cmf/CmfTestStores.java" \
  "$t/mlflow/MlflowTestData.java" "$here/src/org/provlens/benchmarks/FuzzBenchmark.java" >> "$work/sources"
"$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -proc:none -cp "${cp#:}" -d "$work/classes" @"$work/sources"
"$JAVA_HOME/bin/java" -Xmx4g -Dbasedir="$tests" --enable-native-access=ALL-UNNAMED -cp "$work/classes$cp" \
  org.provlens.benchmarks.FuzzBenchmark "$@"
