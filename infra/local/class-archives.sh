#!/usr/bin/env bash
# Class-data sharing archives for the services' JVMs; ./run builds them after its build and starts a service from its
# archive when there is one newer than the service's jar (and from the jar as before when there is none).
#
#   infra/local/class-archives.sh <exec jar>...      e.g. services/plans/target/plans-service-exec.jar
#
# For each Spring Boot exec jar, in target/cds/ next to it: the jar extracted (java -Djarmode=tools -jar … extract: a
# plain class path, which the JVM can archive, instead of jars nested in a jar) and app.jsa, the classes a training
# start loaded, as the JVM parsed and verified them (-XX:ArchiveClassesAtExit; the training stops once the application
# context is refreshed, -Dspring.context.exit=onRefresh, as Spring Boot documents it). A JVM that maps the archive
# skips that work: about 30 % less CPU until the context is refreshed (docs/benchmarks.md, "The local stack"). The
# training needs no Mongo or Kafka: it is pointed at closed ports and gives up after a second (identity and web
# need Mongo to finish their start: their training stops there, and their archives hold the classes loaded so far). The class path is recorded
# relative to target/cds/<name>, so a copied or moved tree keeps its archives. Build output, never committed.
#
# Environment: JAVA (default java), SERVICE_JAVA_OPTS (the flags the services run with: the archive is used only with
# the same collector and class path).
set -euo pipefail

JAVA=${JAVA:-java}
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:-}
(( $# > 0 )) || { echo "usage: $0 <exec jar>..." >&2; exit 2; }

train() {
  local jar=$1 dir name
  dir=$(dirname "$jar")/cds
  name=$(basename "$jar")
  rm -rf "$dir"
  "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  # closed ports for Mongo and Kafka, free ports for the servers, short timeouts: only the start-up matters
  (cd "$dir" && env MONGODB_URI='mongodb://127.0.0.1:1/training?serverSelectionTimeoutMS=1000' KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
     timeout 180 "$JAVA" $SERVICE_JAVA_OPTS -XX:ArchiveClassesAtExit=app.jsa.new -Dspring.context.exit=onRefresh \
     -Dserver.port=0 -Dmanagement.server.port=0 -Dspring.kafka.admin.operation-timeout=1s \
     -Dspring.kafka.admin.properties.default.api.timeout.ms=1000 -jar "$name" >training.log 2>&1) || true
  if [[ -s $dir/app.jsa.new ]]; then
    mv "$dir/app.jsa.new" "$dir/app.jsa"
  else
    echo "class-archives: no archive for $jar (see $dir/training.log); it starts from its jar" >&2
    rm -rf "$dir"
  fi
}

pids=()
for jar in "$@"; do
  train "$jar" &
  pids+=("$!")
done
for pid in "${pids[@]}"; do wait "$pid"; done
