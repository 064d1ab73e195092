#!/bin/sh
# What recommended seeds are worth (RecommenderBenchmark): generates a history of ~300 hyperparameter searches over
# 30 task families (MLflow file store, Flowcept JSONL, CodeCarbon energy), imports it through the real importers,
# and on new tasks measures evaluations-to-target of random search and of a Gaussian-process Bayesian search, each
# without and with the recommended seeds; then the same on tasks with no similar neighbour.
# Usage: releng/benchmarks/run-recommender-benchmark.sh [repetitions (default 100)] [seed (default 24)]
# Plain JVM, no Tycho, no OSGi: compiles the core sources; jars from ~/.m2 (run the Tycho build once to fetch them).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../jdk.sh"
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/provlens-recommender-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
benchmarks="RecommenderBenchmark.java"
. "$here/core-classes.sh"
"$JAVA_HOME/bin/java" -Xmx4g -cp "$work/classes$cp" org.provlens.benchmarks.RecommenderBenchmark "$work" "$@"
