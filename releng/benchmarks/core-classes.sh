# Sourced by the benchmark commands that run on the core bundles: checks the third-party jars in ~/.m2 (sets $cp,
# ":"-separated with a leading ":") and compiles the model, importer and generator sources, those of the bundles
# named in $bundles (optional, e.g. org.provlens.energy.core) and the benchmark classes named in $benchmarks (files
# under src/org/provlens/benchmarks) into $work/classes.
# Needs $here, $root, $work and $JAVA_HOME (releng/jdk.sh).
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
find "$root/bundles/org.provlens.model/src-gen" "$root/bundles/org.provlens.model/src" \
  "$root/bundles/org.provlens.importer.core/src" "$root/bundles/org.provlens.generator.core/src" \
  -name '*.java' > "$work/sources"
for bundle in ${bundles-}; do
  find "$root/bundles/$bundle/src" -name '*.java' >> "$work/sources"
  # resources beside the classes, as in the bundle's jar (the energy bundle's device table)
  (cd "$root/bundles/$bundle/src" && find . -type f ! -name '*.java' -exec sh -c \
    'mkdir -p "$0/$(dirname "$1")" && cp "$1" "$0/$1"' "$work/classes" {} \;)
done
for benchmark in $benchmarks; do
  echo "$here/src/org/provlens/benchmarks/$benchmark" >> "$work/sources"
done
"$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "${cp#:}" -d "$work/classes" @"$work/sources"
