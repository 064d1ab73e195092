#!/bin/sh
# Compiles and runs PersistenceBenchmark on a plain JVM: no Tycho, no OSGi, no network.
# Usage: releng/benchmarks/run-persistence-benchmark.sh [tasks] [--dir DIR] [--warmup N] [--reps N]
# The model comes from the bundle's built jar (bundles/org.provlens.model/target) unless a model source is newer
# than it, else from its sources compiled here; EMF comes from the local Maven repository, where the Tycho build
# put it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$(dirname "$0")/../jdk.sh"
model=$(cd "$here/../../bundles/org.provlens.model" && pwd)
m2="${M2_REPO:-$HOME/.m2/repository}"

emf=
add_emf() { # artifactId version
  jar="$m2/org/eclipse/emf/$1/$2/$1-$2.jar"
  if [ ! -f "$jar" ]; then
    echo "Missing $jar: run the Tycho build once (./mvnw verify) to fetch EMF" >&2
    exit 1
  fi
  emf="${emf:+$emf:}$jar"
}
add_emf org.eclipse.emf.common 2.46.0
add_emf org.eclipse.emf.ecore 2.43.0
add_emf org.eclipse.emf.ecore.xmi 2.41.0

work=$(mktemp -d "${TMPDIR:-/tmp}/provlens-bench-classes.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

modelcp=
for jar in "$model"/target/org.provlens.model-*.jar; do
  case "$jar" in
    *-sources.jar|*-javadoc.jar) ;;
    *) [ -f "$jar" ] && modelcp="$jar" ;;
  esac
done
# A jar older than a model source would benchmark code that is no longer there: compile the sources instead.
if [ -n "$modelcp" ] && [ -n "$(find "$model/src-gen" "$model/src" -name '*.java' -newer "$modelcp" | head -n 1)" ]
then
  echo "$modelcp is older than the model sources, ignoring it" >&2
  modelcp=
elif [ -n "$modelcp" ]; then
  # A copy, so that a build running meanwhile cannot delete or rewrite the jar under javac or the JVM.
  cp "$modelcp" "$work/org.provlens.model.jar"
  echo "Model classes: $modelcp" >&2
  modelcp="$work/org.provlens.model.jar"
fi
if [ -z "$modelcp" ]; then
  echo "Compiling the model from $model" >&2
  find "$model/src-gen" "$model/src" -name '*.java' > "$work/model-sources"
  "$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "$emf" -d "$work/model" @"$work/model-sources"
  modelcp="$work/model"
fi

find "$here/src" -name '*.java' ! -name 'Import*' > "$work/bench-sources"
"$JAVA_HOME/bin/javac" --release 21 -Xlint:all -Werror -encoding UTF-8 -cp "$modelcp:$emf" -d "$work/bench" \
  @"$work/bench-sources"
# Not exec: the EXIT trap must still remove the compiled classes when the JVM ends.
"$JAVA_HOME/bin/java" -Xmx4g -cp "$work/bench:$modelcp:$emf" org.provlens.benchmarks.PersistenceBenchmark "$@"
