#!/usr/bin/env bash
# Runs a single-node Apache Kafka broker (KRaft, combined broker+controller) for tests and development,
# straight from the Maven Central jars: no Docker.
#
#   infra/kafka/kafka.sh start|stop|status|env
#
# Environment:
#   KAFKA_PORT             client port (default 19092)
#   KAFKA_CONTROLLER_PORT  KRaft controller port (default KAFKA_PORT + 1)
#   KAFKA_VERSION          Kafka version to run (default: kafka.version in pom.xml)
#   KAFKA_CACHE_DIR        where the jars are kept (default ${XDG_CACHE_HOME:-$HOME/.cache}/signaalspoor/kafka-<version>)
#   KAFKA_HEAP_OPTS        JVM heap options (default -Xms128m -Xmx512m)
#   KAFKA_JVM_PERFORMANCE_OPTS  other JVM options (default: serial GC, C1 only)
#   KAFKA_READY_TIMEOUT    seconds to wait for the broker to answer (default 90)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"
pom="$here/pom.xml"

port="${KAFKA_PORT:-19092}"
controller_port="${KAFKA_CONTROLLER_PORT:-$((port + 1))}"
version="${KAFKA_VERSION:-$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$pom")}"
cache_dir="${KAFKA_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/signaalspoor/kafka-$version}"
libs="$cache_dir/libs"
work_dir="${TMPDIR:-/tmp}/signaalspoor-kafka-$port"
pid_file="$work_dir/kafka.pid"
config="$work_dir/server.properties"
log_dir="$work_dir/logs"
heap_opts="${KAFKA_HEAP_OPTS:--Xms128m -Xmx512m}"
# C1 only: a few seconds faster to start, plenty fast for tests.
jvm_opts="${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true}"
ready_timeout="${KAFKA_READY_TIMEOUT:-90}"
brokers="127.0.0.1:$port"

fail() {
  echo "kafka: $*" >&2
  exit 1
}

require() { # command, install hint
  command -v "$1" >/dev/null 2>&1 || fail "'$1' not found on PATH; $2"
}

running_pid() {
  [[ -f "$pid_file" ]] || return 1
  local pid
  pid="$(cat "$pid_file")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -q 'kafka\.Kafka' "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

log_tail() {
  local file
  for file in "$log_dir/server.log" "$work_dir/kafka.out"; do
    [[ -s "$file" ]] || continue
    echo "--- last lines of $file ---" >&2
    tail -n 40 "$file" >&2
  done
}

fetch_jars() {
  [[ -f "$libs/.complete" ]] && return 0
  require mvn "install Maven 3.8+ (Debian: apt-get install maven) to fetch the Kafka $version jars"
  echo "kafka: fetching Kafka $version jars into $libs"
  rm -rf "$libs"
  mvn -q -B -f "$pom" -Dkafka.version="$version" \
    dependency:copy-dependencies -DoutputDirectory="$libs" \
    || fail "could not fetch the Kafka $version jars with Maven (see output above)"
  touch "$libs/.complete"
}

write_config() {
  mkdir -p "$work_dir/data" "$log_dir"
  cat >"$config" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://$brokers
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$work_dir/data
num.partitions=3
auto.create.topics.enable=true
group.initial.rebalance.delay.ms=0
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
EOF
  cat >"$work_dir/log4j2.properties" <<EOF
appender.file.type=File
appender.file.name=file
appender.file.fileName=$log_dir/server.log
appender.file.append=false
appender.file.layout.type=PatternLayout
appender.file.layout.pattern=[%d] %p %m (%c)%n
rootLogger.level=INFO
rootLogger.appenderRef.file.ref=file
logger.kafka.name=org.apache.kafka
logger.kafka.level=INFO
EOF
}

java_args() {
  # shellcheck disable=SC2206 # both hold several JVM flags
  jvm=($heap_opts $jvm_opts
    -Dlog4j2.configurationFile="$work_dir/log4j2.properties" -cp "$libs/*")
}

format_storage() {
  [[ -f "$work_dir/data/meta.properties" ]] && return 0
  local cluster_id
  cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
  java "${jvm[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$config" >"$log_dir/format.log" 2>&1 \
    || { cat "$log_dir/format.log" >&2; fail "formatting the storage in $work_dir/data failed"; }
}

# Asks the broker itself (metadata request through kafkajs) whether it serves clients.
broker_answers() {
  (cd "$repo_root" && KAFKA_BROKERS="$brokers" node -e '
    const { Kafka, logLevel } = require("kafkajs");
    const admin = new Kafka({
      brokers: [process.env.KAFKA_BROKERS], logLevel: logLevel.NOTHING,
      connectionTimeout: 1000, requestTimeout: 2000, retry: { retries: 0 },
    }).admin();
    admin.connect().then(() => admin.describeCluster()).then(
      () => admin.disconnect().then(() => process.exit(0)),
      () => process.exit(1));
  ') >/dev/null 2>&1
}

start() {
  local pid
  if pid="$(running_pid)"; then
    echo "kafka: already running (pid $pid) on $brokers"
    return 0
  fi
  require java "install a Java 17+ runtime (Debian: apt-get install openjdk-17-jre-headless)"
  require node "install Node.js 20 (needed for the readiness check with kafkajs)"
  (cd "$repo_root" && node -e 'require.resolve("kafkajs")') >/dev/null 2>&1 \
    || fail "kafkajs not installed in $repo_root; run 'npm ci' first"
  local p
  for p in "$port" "$controller_port"; do
    port_in_use "$p" && fail "port $p on 127.0.0.1 is already in use by another process"
  done
  fetch_jars
  write_config
  local jvm
  java_args
  format_storage

  echo "kafka: starting Kafka $version on $brokers (data and logs in $work_dir)"
  # setsid: the broker outlives the calling shell and ignores its Ctrl-C.
  setsid java "${jvm[@]}" kafka.Kafka "$config" >"$work_dir/kafka.out" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$pid_file"

  local deadline=$((SECONDS + ready_timeout))
  # The cheap port probe keeps node from competing with the starting JVM for the CPU.
  until port_in_use "$port" && broker_answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pid_file"
      log_tail
      fail "broker exited during startup"
    fi
    if ((SECONDS >= deadline)); then
      log_tail
      stop >/dev/null
      fail "broker did not answer on $brokers within ${ready_timeout}s"
    fi
    sleep 0.5
  done
  echo "kafka: ready (pid $pid) on $brokers"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$pid_file"
    echo "kafka: not running"
    return 0
  fi
  kill -TERM "$pid"
  local deadline=$((SECONDS + 60))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      echo "kafka: broker did not stop within 60s, killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.5
  done
  rm -f "$pid_file"
  echo "kafka: stopped (pid $pid)"
}

status() {
  local pid
  if pid="$(running_pid)"; then
    echo "kafka: running (pid $pid) on $brokers"
  else
    echo "kafka: not running"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  env) echo "KAFKA_BROKERS=$brokers" ;;
  *)
    echo "usage: $0 start|stop|status|env" >&2
    exit 2
    ;;
esac
