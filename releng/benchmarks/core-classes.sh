# Sourced by the benchmark commands that run on the core bundles: checks the third-party jars in ~/.m2 (sets $cp,
# ":"-separated with a leading ":") and compiles the sources of every core bundle (bundles/org.provlens.* but the
# UI, RCP and test bundles) with the benchmark classes named in $benchmarks (files under src/org/provlens/benchmarks)
# into $work/classes. $extra_jars may name more jars (absolute, or under ~/.m2/repository), put on the class path too.
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
# Libraries of some core bundles (statistics, layout), when the build has fetched them.
for jar in org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
    org/eclipse/elk/org.eclipse.elk.core/0.12.1/org.eclipse.elk.core-0.12.1.jar \
    org/eclipse/elk/org.eclipse.elk.graph/0.12.1/org.eclipse.elk.graph-0.12.1.jar \
    org/eclipse/elk/org.eclipse.elk.alg.layered/0.12.1/org.eclipse.elk.alg.layered-0.12.1.jar \
    org/eclipse/elk/org.eclipse.elk.alg.common/0.12.1/org.eclipse.elk.alg.common-0.12.1.jar \
    org/eclipse/xtext/org.eclipse.xtext.xbase.lib/2.44.0/org.eclipse.xtext.xbase.lib-2.44.0.jar \
    com/google/guava/guava/33.6.0-jre/guava-33.6.0-jre.jar \
    com/google/guava/failureaccess/1.0.3/failureaccess-1.0.3.jar; do
  [ -f "$m2/$jar" ] && cp="$cp:$m2/$jar"
done
for jar in ${extra_jars-}; do
  case "$jar" in
    /*) cp="$cp:$jar" ;;
    *) cp="$cp:$m2/$jar" ;;
  esac
done
: > "$work/sources"
for bundle in "$root"/bundles/org.provlens.*; do
  case "$(basename "$bundle")" in
    *.tests|*.ui|*.ui.*|*.rcp) continue ;;
  esac
  for dir in src src-gen; do
    [ -d "$bundle/$dir" ] && find "$bundle/$dir" -name '*.java' >> "$work/sources"
  done
  # resources beside the classes, as in the bundle's jar (the energy bundle's device table)
  if [ -d "$bundle/src" ]; then
    (cd "$bundle/src" && find . -type f ! -name '*.java' ! -name '*.html' -exec sh -c \
      'mkdir -p "$0/$(dirname "$1")" && cp "$1" "$0/$1"' "$work/classes" {} \;)
  fi
done
for benchmark in $benchmarks; do
  echo "$here/src/org/provlens/benchmarks/$benchmark" >> "$work/sources"
done
"$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "${cp#:}" -d "$work/classes" @"$work/sources"
