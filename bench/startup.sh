#!/usr/bin/env bash
# Start-up, warm HTTP latency and peak RSS of the packaged application (issue 6). Builds nothing: run
#   ./mvnw -B package -DskipTests
# first. Then: bench/startup.sh            (N=5 start-ups, 20 warm-up + 10 measured passes over the dev articles)
# Environment: N, WARM, ROUNDS; JAVA_OPTS (JVM options for the application, e.g. "-Xmx128m");
# LAMBDA_JAR (a Lambda runner jar to measure instead of target/*-runner.jar); BENCH_DEV_DIR.
# Talks to 127.0.0.1 only. Details: bench/StartupProbe.java.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-5}"; WARM="${WARM:-20}"; ROUNDS="${ROUNDS:-10}"
dev="${BENCH_DEV_DIR:-$PWD/../shared/polnear/data/dev/text}"
seed="samples/seed-article.json"
jar="target/quarkus-app/quarkus-run.jar"
read -r -a opts <<< "${JAVA_OPTS:-}"
if [[ ! -f "$jar" ]]; then
  echo "missing $jar: run ./mvnw -B package -DskipTests first" >&2
  exit 1
fi
echo "claimscore start-up probe, $(date -u +%Y-%m-%d), $(nproc) CPUs, $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on this machine distort wall-clock numbers)"
echo "JVM jar: java ${JAVA_OPTS:-} -jar $jar (N=$N, WARM=$WARM, ROUNDS=$ROUNDS)"
java bench/StartupProbe.java http "$jar" "$seed" "$dev" "$N" "$WARM" "$ROUNDS" ${opts[@]+"${opts[@]}"}

lambda="${LAMBDA_JAR:-}"
if [[ -z "$lambda" ]]; then
  shopt -s nullglob
  runners=(target/*-runner.jar)
  shopt -u nullglob
  lambda="${runners[0]:-}"
fi
echo
if [[ -n "$lambda" && -f "$lambda" ]]; then
  echo "Lambda runner jar: $lambda, this probe as the Lambda Runtime API (one invocation at a time)"
  java bench/StartupProbe.java lambda "$lambda" "$seed" "$dev" "$N" "$WARM" "$ROUNDS" ${opts[@]+"${opts[@]}"}
else
  echo "Lambda runner jar: none (no target/*-runner.jar; build one with ./mvnw -B package -Plambda, or set LAMBDA_JAR)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
