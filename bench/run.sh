#!/usr/bin/env bash
# Pipeline benchmarks (JMH), issue 6. From anywhere:
#   bench/run.sh                      build target/benchmarks.jar (-Pbench) and run all suites, quick settings (< 5 min, 2 cores)
#   bench/run.sh --long               3 forks, 5 x 2 s warm-up, 10 x 2 s measurement (about 20 min)
#   bench/run.sh throughput|median|scaling ...   only those suites
#   BENCH_NO_BUILD=1 bench/run.sh     reuse an existing target/benchmarks.jar
# Inputs: ../shared/polnear/data/dev/text/*.txt and ../shared/examples/seed-article.txt relative to the repository
# root; override with BENCH_DEV_DIR / BENCH_SEED. Raw JMH (any option, e.g. -prof stack, -prof jfr):
#   java -Dclaimscore.bench.dev=$PWD/../shared/polnear/data/dev/text -jar target/benchmarks.jar -f 1 -wi 3 -i 5 -prof gc 'PipelineBenchmark.dev'
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
  ./mvnw -B -q -Pbench package -DskipTests
fi
dev="${BENCH_DEV_DIR:-$PWD/../shared/polnear/data/dev/text}"
seed="${BENCH_SEED:-$PWD/../shared/examples/seed-article.txt}"
exec java -Dclaimscore.bench.dev="$dev" -Dclaimscore.bench.seed="$seed" \
  -cp target/benchmarks.jar io.claimscore.bench.BenchMain "$@"
