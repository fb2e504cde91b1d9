#!/usr/bin/env bash
# Builds the project and runs the JMH benchmarks, passing on JMH's options, for example:
#   benchmarks/run.sh -f 1 -wi 2 -i 5 -w 3s -r 5s -rf json -rff target/jmh.json
# Not part of the test run: the machines are shared, so timings belong here, not in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
./mvnw -B -q -Dstyle.color=never -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.openjdk.jmh.Main "$@"
