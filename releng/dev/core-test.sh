#!/bin/sh
# Fast edit-compile-test loop for the core bundles, without Tycho or OSGi: compiles the named test bundles, the
# ProvLens bundles they require (from their MANIFEST.MF, transitively) and runs their tests with JUnit's console
# launcher. Seconds instead of the minutes of a full build; the Tycho build (./mvnw verify) stays the reference.
# Usage: releng/dev/core-test.sh <test bundle>... [-- <JUnit console options, e.g. --select-class X>]
#   releng/dev/core-test.sh org.provlens.importer.core.tests
#   releng/dev/core-test.sh org.provlens.importer.core.tests -- --select-method org.provlens...Test#name
# Third-party jars come from ~/.m2 (run ./mvnw verify once to fetch them); the JUnit console launcher is fetched
# from Maven Central on first use.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
m2="${M2_REPO:-$HOME/.m2/repository}"
bundles=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do bundles="$bundles $1"; shift; done
[ "${1-}" = "--" ] && shift
[ -n "$bundles" ] || { sed -n '2,9p' "$0"; exit 2; }

# org.provlens bundles required by a bundle, from Require-Bundle (continuation lines joined).
requires() {
  awk '/^ /{line = line substr($0, 2); next} {if (line != "") print line; line = $0} END {print line}' \
    "$root/bundles/$1/META-INF/MANIFEST.MF" 2>/dev/null \
    | sed -n 's/^Require-Bundle: //p' | tr ',' '\n' | sed 's/;.*//; s/ //g' | grep '^org\.provlens\.' || true
}
closure=""
visit() {
  case " $closure " in *" $1 "*) return ;; esac
  closure="$closure $1"
  for dep in $(requires "$1"); do visit "$dep"; done
}
for b in $bundles; do visit "$b"; done

cp=""
for jar in \
    org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
    org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
    org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar \
    org/eclipse/platform/org.eclipse.equinox.common/3.20.400/org.eclipse.equinox.common-3.20.400.jar \
    com/fasterxml/jackson/core/jackson-core/2.22.4/jackson-core-2.22.4.jar \
    org/xerial/sqlite-jdbc/3.54.1.0/sqlite-jdbc-3.54.1.0.jar \
    org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
    org/eclipse/elk/org.eclipse.elk.core/0.12.1/org.eclipse.elk.core-0.12.1.jar \
    org/eclipse/elk/org.eclipse.elk.graph/0.12.1/org.eclipse.elk.graph-0.12.1.jar \
    org/eclipse/elk/org.eclipse.elk.alg.layered/0.12.1/org.eclipse.elk.alg.layered-0.12.1.jar \
    org/eclipse/elk/org.eclipse.elk.alg.common/0.12.1/org.eclipse.elk.alg.common-0.12.1.jar \
    org/eclipse/xtext/org.eclipse.xtext.xbase.lib/2.44.0/org.eclipse.xtext.xbase.lib-2.44.0.jar \
    com/google/guava/guava/33.6.0-jre/guava-33.6.0-jre.jar \
    com/google/guava/failureaccess/1.0.3/failureaccess-1.0.3.jar \
    ${PROVLENS_EXTRA_JARS-}; do
  if [ -f "$m2/$jar" ]; then cp="$cp:$m2/$jar"; fi
done
console="$m2/org/junit/platform/junit-platform-console-standalone/1.14.2/junit-platform-console-standalone-1.14.2.jar"
if [ ! -f "$console" ]; then
  mkdir -p "$(dirname "$console")"
  curl -sfL -o "$console.part" \
    https://repo.maven.apache.org/maven2/org/junit/platform/junit-platform-console-standalone/1.14.2/junit-platform-console-standalone-1.14.2.jar
  mv "$console.part" "$console"
fi

out="${PROVLENS_DEV_OUT:-$root/target/dev-core-test}"
rm -rf "$out"; mkdir -p "$out/classes"
: > "$out/sources"
for b in $closure; do
  for dir in src src-gen; do
    [ -d "$root/bundles/$b/$dir" ] && find "$root/bundles/$b/$dir" -name '*.java' >> "$out/sources"
  done
  # resources (model files, descriptions, non-Java files under src) beside the classes, as in the bundle jar
  for dir in model descriptions; do
    if [ -d "$root/bundles/$b/$dir" ]; then mkdir -p "$out/classes/$dir"; cp -r "$root/bundles/$b/$dir/." "$out/classes/$dir/"; fi
  done
  if [ -d "$root/bundles/$b/src" ]; then
    (cd "$root/bundles/$b/src" && find . -type f ! -name '*.java' -exec cp --parents {} "$out/classes/" \;)
  fi
done
"$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -proc:none -cp "${cp#:}:$console" \
  -d "$out/classes" @"$out/sources"
status=0
for b in $bundles; do
  echo "== $b"
  # The bundle's own classes, compiled again apart, are what the launcher scans: only its tests run.
  mkdir -p "$out/scan/$b"
  find "$root/bundles/$b/src" -name '*.java' > "$out/scan/$b.sources"
  "$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -proc:none -cp "$out/classes$cp:$console" \
    -d "$out/scan/$b" @"$out/scan/$b.sources"
  (cd "$root/bundles/$b" && "$JAVA_HOME/bin/java" -Xmx4g -Dbasedir="$root/bundles/$b" -Djava.awt.headless=true \
    --enable-native-access=ALL-UNNAMED \
    -jar "$console" execute --disable-banner --details=summary --fail-if-no-tests \
    -cp "$out/scan/$b:$out/classes$cp" ${1+"$@"} $( [ $# -gt 0 ] || echo "--scan-classpath $out/scan/$b --include-classname=.*Test" ) ) || status=1
done
exit $status
