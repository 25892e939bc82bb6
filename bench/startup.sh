#!/usr/bin/env bash
# Start-up, warm HTTP latency and peak RSS of the packaged application (issue 6). Builds nothing: run
#   ./mvnw -B package -DskipTests
# first. Then: bench/startup.sh            (N=5 start-ups, 20 warm-up + 10 measured passes over the dev articles)
# With an AppCDS archive (./mvnw -B package -DskipTests -Dquarkus.package.jar.appcds.enabled=true writes
# target/quarkus-app/app-cds.jsa) the application runs with -XX:SharedArchiveFile=app-cds.jsa; APPCDS=0 leaves it out.
# The application runs from target/quarkus-app, as a deployment would (the archive records that class path).
# Environment: N, WARM, ROUNDS; JAVA_OPTS (JVM options for the application, e.g. "-Xmx128m");
# BENCH_DEV_DIR. The Lambda build is not measured here (see the end of the output).
# Talks to 127.0.0.1 only. Details: bench/StartupProbe.java.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-5}"; WARM="${WARM:-20}"; ROUNDS="${ROUNDS:-10}"
dev="${BENCH_DEV_DIR:-$PWD/../shared/polnear/data/dev/text}"
seed="samples/seed-article.json"
jar="target/quarkus-app/quarkus-run.jar"
read -r -a opts <<< "${JAVA_OPTS:-}"
if [[ "${APPCDS:-1}" != 0 && -f target/quarkus-app/app-cds.jsa && "${JAVA_OPTS:-}" != *SharedArchiveFile* ]]; then
  opts+=("-XX:SharedArchiveFile=app-cds.jsa")
fi
if [[ ! -f "$jar" ]]; then
  echo "missing $jar: run ./mvnw -B package -DskipTests first" >&2
  exit 1
fi
echo "claimscore start-up probe, $(date -u +%Y-%m-%d), $(nproc) CPUs, $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on this machine distort wall-clock numbers)"
echo "JVM jar: (cd $(dirname "$jar") && java ${opts[*]+"${opts[*]}"} -jar $(basename "$jar")) (N=$N, WARM=$WARM, ROUNDS=$ROUNDS)"
java bench/StartupProbe.java http "$jar" "$seed" "$dev" "$N" "$WARM" "$ROUNDS" ${opts[@]+"${opts[@]}"}

shopt -s nullglob
runners=(target/*-runner.jar target/function.zi[p])
shopt -u nullglob
echo
if (( ${#runners[@]} )); then
  echo "Lambda build found (${runners[*]}) but NOT measured: the JVM Lambda build runs under AWS's runtime interface"
  echo "client (FunqyStreamHandler), not as 'java -jar' polling a Runtime API; its cold start is what the lambda"
  echo "profile's LambdaRuntimeIT times against a mock Runtime API."
else
  echo "Lambda runner jar: none in target/ (./mvnw -B package -Plambda builds one); not measured."
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
