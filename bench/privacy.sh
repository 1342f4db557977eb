#!/usr/bin/env bash
# Access and erasure for a person with 50 orders and 200 MB of uploads, with 10,000 and then
# 100,000 other customers in PostgreSQL (seeded with generate_series), against reading the same
# files from the disk and a trivial query in the same run. Runs the test class PrivacyBenchmark,
# which the build skips (its name does not end in Tests and it needs -Datelier.bench=true), on the
# embedded PostgreSQL with the local encrypted file store under target/bench/privacy/files.
# Results: target/bench/privacy/summary.txt. RUNS=n changes the number of measured runs (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
RUNS=${RUNS:-5}
rm -rf target/bench/privacy
./mvnw -B -q -o test -Dtest=PrivacyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Datelier.bench=true -Datelier.bench.runs="$RUNS"
cat target/bench/privacy/summary.txt
