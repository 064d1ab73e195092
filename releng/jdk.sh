# Sourced by ./mvnw and ./provlens: makes JAVA_HOME point at a JDK 21 or newer.
# Eclipse 4.41 bundles and Tycho 5 need Java 21+, while Debian bookworm's default JDK is 17, so a user who has
# not exported JAVA_HOME still gets a working build when a Temurin or OpenJDK 21+ is installed in /usr/lib/jvm.
provlens_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
if [ -z "${JAVA_HOME-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] \
   || [ "$(provlens_java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  for provlens_jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
      /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$provlens_jdk/bin/java" ]; then
      JAVA_HOME="$provlens_jdk"
      export JAVA_HOME
      break
    fi
  done
fi
provlens_java_version=0
[ -n "${JAVA_HOME-}" ] && provlens_java_version=$(provlens_java_major "$JAVA_HOME")
if [ -z "${JAVA_HOME-}" ] || [ "${provlens_java_version:-0}" -lt 21 ] 2>/dev/null; then
  echo "ProvLens needs a JDK 21 or newer: install one (e.g. Temurin 25) or set JAVA_HOME" >&2
  exit 1
fi
# JVM options of the ProvLens processes that depend on the JDK: from Java 25 on, compact object headers (JEP 519:
# 8-byte headers instead of 12) take 8-10 % off a large workspace's heap, whose tasks are millions of small objects.
PROVLENS_JDK_VMARGS=""
if [ "${provlens_java_version:-0}" -ge 25 ] 2>/dev/null; then
  PROVLENS_JDK_VMARGS="-XX:+UseCompactObjectHeaders"
fi
