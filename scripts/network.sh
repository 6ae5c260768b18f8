#!/usr/bin/env bash
# A datpin network on loopback, every part its own process with its own key:
# an anvil node, a private IPFS Kubo node, the contracts deployed by a deployer
# key, validators (each with a key, an age identity and a stake), edge agents
# (each with an operator key and a device-token file) and `datpin serve`.
#
#   scripts/network.sh run  [DIR]   up + feed + wait + settle, print the outcome, keep
#                                   running until Ctrl-C, then down (make network)
#   scripts/network.sh up   [DIR]   set up and start every process, then return
#   scripts/network.sh feed [DIR]   simulate stations and push their records to the agents
#   scripts/network.sh wait [DIR]   wait until every contribution is finalized or rejected
#   scripts/network.sh settle [DIR] settle the epoch in progress once it ends; each operator claims
#   scripts/network.sh market [DIR] the operators consent to research use, a curator lists their
#                                   data, validator 1 runs a gateway, a buyer buys the dataset and
#                                   downloads it with every record verified against the chain
#   scripts/network.sh plans  [DIR] FreeData subscribers bind, deposit and are metered
#   scripts/network.sh status [DIR] the index's counts and the processes' PIDs
#   scripts/network.sh down [DIR]   stop every process started by `up`, by PID
#
# DIR (default .datpin/network, or NETWORK_DIR) holds keys, logs (DIR/logs),
# PID files (DIR/pids), the addresses file, the validators' and agents' state.
# `up` starts from an empty DIR each time: the chain lives in anvil's memory.
#
# Settings (environment): NETWORK_VALIDATORS (3), NETWORK_AGENTS (3), NETWORK_SUBSCRIBERS (3),
# NETWORK_STATIONS (12), NETWORK_DEVICES (48), NETWORK_SENSORS (2),
# NETWORK_SEED (1), NETWORK_ROUND (20s), NETWORK_COMMIT_WINDOW (15s),
# NETWORK_REVEAL_WINDOW (15s), NETWORK_QUORUM (2), NETWORK_EPOCH (60s, the
# reward epoch), NETWORK_TIMEOUT (600,
# seconds for `wait`), ports NETWORK_ANVIL_PORT (8545), NETWORK_KUBO_PORT (5001),
# NETWORK_SERVE_PORT (8490), NETWORK_AGENT_PORT (8480: agent i listens on
# 8480+i-1), NETWORK_VALIDATOR_PORT (8470) and NETWORK_GATEWAY_PORT (8475); binaries DATPIN_BIN (default:
# built into bin/datpin), DATPIN_ANVIL, DATPIN_KUBO (default: installed by
# scripts/tools.sh and scripts/kubo.sh).
#
# Every key is a throwaway development key in a keystore file under DIR/keys,
# encrypted with DATPIN_PASSWORD (default "datpin-network"); the stations'
# keys are derived from their ids (--dev-keys). Use none of them on a public
# chain: see the README for running against a testnet.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cmd="${1:-run}"
dir="${2:-${NETWORK_DIR:-$root/.datpin/network}}"

VALIDATORS="${NETWORK_VALIDATORS:-3}"
AGENTS="${NETWORK_AGENTS:-3}"
STATIONS="${NETWORK_STATIONS:-12}"
DEVICES="${NETWORK_DEVICES:-48}"
SENSORS="${NETWORK_SENSORS:-2}"
SEED="${NETWORK_SEED:-1}"
SUBSCRIBERS="${NETWORK_SUBSCRIBERS:-3}"
ROUND="${NETWORK_ROUND:-20s}"
COMMIT_WINDOW="${NETWORK_COMMIT_WINDOW:-15s}"
REVEAL_WINDOW="${NETWORK_REVEAL_WINDOW:-15s}"
QUORUM="${NETWORK_QUORUM:-2}"
EPOCH="${NETWORK_EPOCH:-60s}"
TIMEOUT="${NETWORK_TIMEOUT:-600}"
ANVIL_PORT="${NETWORK_ANVIL_PORT:-8545}"
KUBO_PORT="${NETWORK_KUBO_PORT:-5001}"
SERVE_PORT="${NETWORK_SERVE_PORT:-8490}"
AGENT_PORT="${NETWORK_AGENT_PORT:-8480}"
VALIDATOR_PORT="${NETWORK_VALIDATOR_PORT:-8470}"
GATEWAY_PORT="${NETWORK_GATEWAY_PORT:-8475}"
export DATPIN_PASSWORD="${DATPIN_PASSWORD:-datpin-network}"

RPC="http://127.0.0.1:$ANVIL_PORT"
KUBO_API="http://127.0.0.1:$KUBO_PORT"
SERVE_URL="http://127.0.0.1:$SERVE_PORT"

say() { echo "network: $*" >&2; }
die() { say "$*"; exit 1; }

# json_field NAME: the first string value of "NAME" in the JSON on stdin.
json_field() { sed -n 's/.*"'"$1"'":[[:space:]]*"\([^"]*\)".*/\1/p' | head -n1; }
# json_int NAME: the first integer value of "NAME" in the JSON on stdin.
json_int() { sed -n 's/.*"'"$1"'":[[:space:]]*\([0-9][0-9]*\).*/\1/p' | head -n1; }

# http_get URL: the body of a GET (curl when present, else bash's /dev/tcp).
http_get() {
  if command -v curl >/dev/null; then
    curl -fsS --max-time 10 "$1"
    return
  fi
  local rest="${1#http://}" hostport path
  hostport="${rest%%/*}"; path="/${rest#*/}"
  exec 3<>"/dev/tcp/${hostport%:*}/${hostport#*:}" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&3
  sed '1,/^\r\{0,1\}$/d' <&3
  exec 3<&-
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start NAME CMD...: runs CMD in the background, its output in logs/NAME.log,
# its PID in pids/NAME.pid.
start() {
  local name="$1"; shift
  "$@" >"$dir/logs/$name.log" 2>&1 &
  echo $! >"$dir/pids/$name.pid"
}

alive() { [[ -f "$dir/pids/$1.pid" ]] && kill -0 "$(cat "$dir/pids/$1.pid")" 2>/dev/null; }

# wait_port NAME PORT: waits until the process NAME listens on PORT.
wait_port() {
  local name="$1" port="$2"
  for _ in $(seq 1 600); do
    port_open "$port" && return 0
    if ! alive "$name"; then
      tail -n 30 "$dir/logs/$name.log" >&2 || true
      die "$name exited before listening on port $port (log: $dir/logs/$name.log)"
    fi
    sleep 0.1
  done
  die "$name did not listen on port $port within 60s (log: $dir/logs/$name.log)"
}

binaries() {
  if [[ -z "${DATPIN_BIN:-}" ]]; then
    say "building datpin"
    (cd "$root" && go build -o bin/datpin ./cmd/datpin)
    DATPIN_BIN="$root/bin/datpin"
  fi
  if [[ -z "${DATPIN_ANVIL:-}" ]]; then
    bash "$root/scripts/tools.sh" >&2
    DATPIN_ANVIL="$root/.tools/bin/anvil"
  fi
  if [[ -z "${DATPIN_KUBO:-}" ]]; then
    DATPIN_KUBO="$(bash "$root/scripts/kubo.sh" | tail -n1)"
  fi
  for b in "$DATPIN_BIN" "$DATPIN_ANVIL" "$DATPIN_KUBO"; do
    [[ -x "$b" ]] || die "not an executable: $b"
  done
}

datpin() { "$DATPIN_BIN" "$@"; }

# new_key NAME: creates a keystore under keys/NAME; sets KEY_FILE and KEY_ADDR.
new_key() {
  local out
  out="$(datpin keys new --dir "$dir/keys/$1" --light --json)"
  KEY_FILE="$(json_field file <<<"$out")"
  KEY_ADDR="$(json_field address <<<"$out")"
  [[ -n "$KEY_FILE" && -n "$KEY_ADDR" ]] || die "keys new printed: $out"
}

up() {
  if [[ -d "$dir/pids" ]] && compgen -G "$dir/pids/*.pid" >/dev/null; then
    for f in "$dir"/pids/*.pid; do
      kill -0 "$(cat "$f")" 2>/dev/null && die "a network is running in $dir: run '$0 down $dir' first"
    done
  fi
  if [[ -d "$dir" && -n "$(ls -A "$dir")" && ! -f "$dir/.datpin-network" ]]; then
    die "$dir is not empty and was not made by this script; choose another directory"
  fi
  binaries
  rm -rf "$dir"
  mkdir -p "$dir/logs" "$dir/pids" "$dir/keys"
  # A failure half-way stops what was started.
  trap 'say "up failed: stopping what it started"; down' EXIT
  touch "$dir/.datpin-network"
  for p in "$ANVIL_PORT" "$KUBO_PORT" "$SERVE_PORT"; do
    port_open "$p" && die "port $p is in use (set NETWORK_*_PORT)"
  done

  say "anvil on $RPC (a block a second: the chain's clock follows the wall clock)"
  start anvil "$DATPIN_ANVIL" --host 127.0.0.1 --port "$ANVIL_PORT" --block-time 1
  wait_port anvil "$ANVIL_PORT"

  say "Kubo (private, offline) on $KUBO_API"
  export IPFS_PATH="$dir/ipfs"
  "$DATPIN_KUBO" init --profile=test >/dev/null
  "$DATPIN_KUBO" config Addresses.API "/ip4/127.0.0.1/tcp/$KUBO_PORT"
  "$DATPIN_KUBO" config Addresses.Gateway /ip4/127.0.0.1/tcp/0
  "$DATPIN_KUBO" bootstrap rm --all >/dev/null
  "$DATPIN_KUBO" config Routing.Type none
  "$DATPIN_KUBO" config --json AutoConf.Enabled false
  "$DATPIN_KUBO" config --json Discovery.MDNS.Enabled false
  start kubo "$DATPIN_KUBO" daemon --offline
  wait_port kubo "$KUBO_PORT"

  say "deploying (round $ROUND, commit window $COMMIT_WINDOW, reveal window $REVEAL_WINDOW, quorum $QUORUM)"
  new_key deployer
  local deployer="$KEY_FILE"
  echo "$KEY_FILE" >"$dir/keys/deployer.path"
  datpin admin fund "$KEY_ADDR" --eth 1000000 --set-balance --rpc "$RPC" >/dev/null
  datpin deploy --rpc "$RPC" --key "$deployer" --round "$ROUND" --commit-window "$COMMIT_WINDOW" \
    --reveal-window "$REVEAL_WINDOW" --quorum "$QUORUM" --epoch "$EPOCH" --out "$dir/addresses.json" >"$dir/logs/deploy.log"
  local common=(--rpc "$RPC" --addresses "$dir/addresses.json")

  : >"$dir/committee.txt"
  local vaddrs=() i
  for i in $(seq 1 "$VALIDATORS"); do
    mkdir -p "$dir/validator-$i"
    new_key "validator-$i"
    echo "$KEY_FILE" >"$dir/validator-$i/key.path"
    vaddrs+=("$KEY_ADDR")
    datpin validator identity new --out "$dir/validator-$i/identity.agekey" --json |
      json_field recipient >>"$dir/committee.txt"
  done
  datpin admin fund "${vaddrs[@]}" --eth 10 --tokens 2000 "${common[@]}" --key "$deployer" >/dev/null
  local oaddrs=()
  for i in $(seq 1 "$AGENTS"); do
    mkdir -p "$dir/agent-$i"
    new_key "agent-$i"
    echo "$KEY_FILE" >"$dir/agent-$i/key.path"
    oaddrs+=("$KEY_ADDR")
    datpin agent token "gateway-$i" '*' --add "$dir/agent-$i/tokens.json" >"$dir/agent-$i/device.token"
    chmod 600 "$dir/agent-$i/device.token"
  done
  datpin admin fund "${oaddrs[@]}" --eth 10 "${common[@]}" --key "$deployer" >/dev/null

  for i in $(seq 1 "$VALIDATORS"); do
    say "validator $i ${vaddrs[$((i - 1))]} on 127.0.0.1:$((VALIDATOR_PORT + i - 1))"
    start "validator-$i" "$DATPIN_BIN" validator "${common[@]}" --key "$(cat "$dir/validator-$i/key.path")" \
      --age-identity "$dir/validator-$i/identity.agekey" --store "$KUBO_API" --state "$dir/validator-$i/state.db" \
      --listen "127.0.0.1:$((VALIDATOR_PORT + i - 1))" --register-stake 1000 --finalize --interval 1s
  done
  for i in $(seq 1 "$AGENTS"); do
    say "agent $i ${oaddrs[$((i - 1))]} on 127.0.0.1:$((AGENT_PORT + i - 1))"
    start "agent-$i" "$DATPIN_BIN" agent "${common[@]}" --key "$(cat "$dir/agent-$i/key.path")" \
      --state "$dir/agent-$i" --ipfs "$KUBO_API" --recipients-file "$dir/committee.txt" \
      --dev-keys --onboard --tokens "$dir/agent-$i/tokens.json" --seal-after 2s --anchor-linger 2s \
      --listen "127.0.0.1:$((AGENT_PORT + i - 1))"
  done
  say "serve on $SERVE_URL"
  mkdir -p "$dir/serve"
  start serve "$DATPIN_BIN" serve "${common[@]}" --db "$dir/serve/index.db" --listen "127.0.0.1:$SERVE_PORT"

  for i in $(seq 1 "$VALIDATORS"); do wait_port "validator-$i" "$((VALIDATOR_PORT + i - 1))"; done
  for i in $(seq 1 "$AGENTS"); do wait_port "agent-$i" "$((AGENT_PORT + i - 1))"; done
  wait_port serve "$SERVE_PORT"
  trap - EXIT
  say "up: $(ls "$dir/pids" | wc -l) processes; dashboard $SERVE_URL/"
}

feed() {
  [[ -f "$dir/addresses.json" ]] || die "no network in $dir: run '$0 up $dir' first"
  [[ -n "${DATPIN_BIN:-}" ]] || DATPIN_BIN="$root/bin/datpin"
  rm -rf "$dir/sim"
  local out
  out="$(datpin sim --out "$dir/sim" --seed "$SEED" --stations "$STATIONS" --devices "$DEVICES" \
    --sensors "$SENSORS" --days 1 --json)"
  json_int batches <<<"$out" >"$dir/expected"
  say "simulated $(cat "$dir/expected") station/sensor-days; pushing them to $AGENTS agents"
  local files=("$dir"/sim/station-*.jsonl "$dir"/sim/sensor-*.jsonl) n=0 i
  for f in "${files[@]}"; do
    [[ -e "$f" ]] || continue
    i=$((n % AGENTS + 1)); n=$((n + 1))
    DATPIN_TOKEN="$(cat "$dir/agent-$i/device.token")" \
      datpin push --agent "http://127.0.0.1:$((AGENT_PORT + i - 1))" "$f" >>"$dir/logs/push.log" 2>&1 ||
      { tail -n 20 "$dir/logs/push.log" >&2; die "push of $f to agent $i failed"; }
  done
  say "pushed $n files"
}

# counts: the index's status JSON.
counts() { http_get "$SERVE_URL/api/v1/status"; }

wait_done() {
  local expected deadline s tokens pending
  expected="$(cat "$dir/expected" 2>/dev/null || echo 0)"
  deadline=$(( $(date +%s) + TIMEOUT ))
  while :; do
    s="$(counts 2>/dev/null || true)"
    tokens="$(json_int tokens <<<"$s")"; pending="$(json_int pending <<<"$s")"
    say "contributions ${tokens:-0}/$expected anchored, ${pending:-?} pending, $(json_int finalized <<<"$s") finalized, $(json_int rejected <<<"$s") rejected"
    if [[ -n "$tokens" && "$tokens" -ge "$expected" && "$pending" == 0 ]]; then
      return 0
    fi
    for f in "$dir"/pids/*.pid; do
      local name; name="$(basename "$f" .pid)"
      alive "$name" || { tail -n 30 "$dir/logs/$name.log" >&2; die "$name stopped (log: $dir/logs/$name.log)"; }
    done
    [[ $(date +%s) -lt $deadline ]] || die "not every contribution was decided within ${TIMEOUT}s"
    sleep 5
  done
}

# settle: the deployer settles the reward epoch in progress once it ends, then every
# operator claims its DATs' share into claims/agent-i.json.
settle() {
  [[ -n "${DATPIN_BIN:-}" ]] || DATPIN_BIN="$root/bin/datpin"
  local common=(--rpc "$RPC" --addresses "$dir/addresses.json") out i
  # The epoch in progress is the first whose end the finalized tokens count at (an epoch that
  # ended before any token counted was forfeited when the first joined).
  out="$(timeout "$TIMEOUT" "$DATPIN_BIN" admin settle --current "${common[@]}" --key "$(cat "$dir/keys/deployer.path")" --json 2>&1)" ||
    die "settle: $out"
  say "settled reward epoch $(json_int epoch <<<"$out")"
  mkdir -p "$dir/claims"
  for i in $(seq 1 "$AGENTS"); do
    datpin claim "${common[@]}" --key "$(cat "$dir/agent-$i/key.path")" --json >"$dir/claims/agent-$i.json" ||
      die "operator $i could not claim"
    say "operator $i claimed $(json_field claimed <"$dir/claims/agent-$i.json") base units of the network token"
  done
}

# market: every operator consents to research use of its DATs; the deployer (the curator) makes a
# dataset of the finalized DATs from its own index and lists it; validator 1 runs a gateway; a
# buyer buys the dataset for research and downloads it, every record verified against the chain,
# into market/export (market/download.json says how many records verified).
market() {
  [[ -n "${DATPIN_BIN:-}" ]] || DATPIN_BIN="$root/bin/datpin"
  local common=(--rpc "$RPC" --addresses "$dir/addresses.json") out i listing purchase recipient
  mkdir -p "$dir/market"
  for i in $(seq 1 "$AGENTS"); do
    datpin consent grant --purposes research "${common[@]}" --key "$(cat "$dir/agent-$i/key.path")" >/dev/null ||
      die "operator $i could not grant consent"
    # Without a floor in an asset, tokens are not sold for it: accept ETH at 1 gwei a unit or more.
    datpin consent floor --asset eth --price 1000000000 "${common[@]}" --key "$(cat "$dir/agent-$i/key.path")" >/dev/null ||
      die "operator $i could not set a floor"
  done
  say "operators consented to research use, for ETH at 1 gwei a unit or more"
  datpin dataset create --db "$dir/market/curator-index.db" --store "$KUBO_API" "${common[@]}" \
    --out "$dir/market/manifest.json" --json >"$dir/market/dataset.json" || die "dataset create: $(cat "$dir/market/dataset.json")"
  out="$(datpin dataset list "$dir/market/manifest.json" --db "$dir/market/curator-index.db" --store "$KUBO_API" \
    --price 2000000000 --asset eth --purposes research "${common[@]}" --key "$(cat "$dir/keys/deployer.path")" --json)" ||
    die "dataset list: $out"
  listing="$(json_int listing <<<"$out")"
  say "listing $listing: $(json_int records <"$dir/market/dataset.json") records of finalized DATs"

  say "gateway (validator 1) on 127.0.0.1:$GATEWAY_PORT"
  start gateway "$DATPIN_BIN" gateway "${common[@]}" --key "$(cat "$dir/validator-1/key.path")" \
    --age-identity "$dir/validator-1/identity.agekey" --store "$KUBO_API" --state "$dir/validator-1/gateway.db" \
    --listen "127.0.0.1:$GATEWAY_PORT" --interval 1s --margin 5s
  wait_port gateway "$GATEWAY_PORT"

  new_key buyer
  datpin admin fund "$KEY_ADDR" --eth 10 "${common[@]}" --key "$(cat "$dir/keys/deployer.path")" >/dev/null
  recipient="$(datpin validator identity new --out "$dir/market/buyer.agekey" --json | json_field recipient)"
  out="$(datpin buy "$listing" --manifest "$dir/market/manifest.json" --purpose research --recipient "$recipient" \
    "${common[@]}" --key "$KEY_FILE" --json)" || die "buy: $out"
  purchase="$(json_int purchase <<<"$out")"
  say "purchase $purchase paid; waiting for the gateway's delivery"
  datpin download "$purchase" --manifest "$dir/market/manifest.json" --identity "$dir/market/buyer.agekey" \
    --store "$KUBO_API" --out "$dir/market/export" --format parquet --timeout "${TIMEOUT}s" "${common[@]}" --json \
    >"$dir/market/download.json" 2>>"$dir/logs/download.log" || { tail -n 20 "$dir/logs/download.log" >&2; die "download failed"; }
  say "downloaded and verified $(json_int rows <"$dir/market/download.json") records into $dir/market/export"
}

# plans: FreeData subscribers (keys subscriber-i): the deployer, who holds the billing's metering
# role, binds each one's billing id to its address; each deposits network tokens; the billing
# meters some use; plans/subscriber-i.json is each one's status.
plans() {
  [[ -n "${DATPIN_BIN:-}" ]] || DATPIN_BIN="$root/bin/datpin"
  local common=(--rpc "$RPC" --addresses "$dir/addresses.json") deployer i id
  deployer="$(cat "$dir/keys/deployer.path")"
  mkdir -p "$dir/plans"
  for i in $(seq 1 "$SUBSCRIBERS"); do
    new_key "subscriber-$i"
    id="network-subscriber-$i"
    datpin admin fund "$KEY_ADDR" --eth 1 --tokens $((100 * i)) "${common[@]}" --key "$deployer" >/dev/null
    datpin plan bind --subscriber "$id" --address "$KEY_ADDR" "${common[@]}" --key "$deployer" >/dev/null ||
      die "bind of subscriber $i failed"
    datpin plan deposit --subscriber "$id" --amount $((100 * i)) "${common[@]}" --key "$KEY_FILE" >/dev/null ||
      die "deposit of subscriber $i failed"
    datpin plan meter --address "$KEY_ADDR" --mb $((50 * i)) "${common[@]}" --key "$deployer" >/dev/null ||
      die "metering of subscriber $i failed"
    datpin plan status --address "$KEY_ADDR" "${common[@]}" --json >"$dir/plans/subscriber-$i.json"
    say "subscriber $i deposited $((100 * i)) tokens; credit $(sed -n 's/.*"creditGB":[[:space:]]*\([0-9.e+-]*\).*/\1/p' "$dir/plans/subscriber-$i.json" | head -n1) GB"
  done
}

status() {
  counts || say "serve does not answer on $SERVE_URL"
  echo
  for f in "$dir"/pids/*.pid; do
    [[ -e "$f" ]] || continue
    local name; name="$(basename "$f" .pid)"
    if alive "$name"; then echo "$name pid $(cat "$f") running"; else echo "$name pid $(cat "$f") stopped"; fi
  done
}

down() {
  local order=() i
  for i in $(seq 1 "$AGENTS"); do order+=("agent-$i"); done
  for i in $(seq 1 "$VALIDATORS"); do order+=("validator-$i"); done
  order+=(gateway serve kubo anvil)
  # Anything else with a PID file (e.g. a different count of agents at up).
  for f in "$dir"/pids/*.pid; do
    [[ -e "$f" ]] || continue
    local n; n="$(basename "$f" .pid)"
    [[ " ${order[*]} " == *" $n "* ]] || order=("$n" "${order[@]}")
  done
  for name in "${order[@]}"; do
    local f="$dir/pids/$name.pid"
    [[ -f "$f" ]] || continue
    local pid; pid="$(cat "$f")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      if kill -0 "$pid" 2>/dev/null; then
        say "$name (pid $pid) ignored SIGTERM for 15s: killing it"
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
    rm -f "$f"
  done
  say "down"
}

case "$cmd" in
  up) up ;;
  feed) feed ;;
  wait) wait_done ;;
  settle) settle ;;
  market) market ;;
  plans) plans ;;
  status) status ;;
  down) down ;;
  run)
    trap 'exit 130' INT TERM
    up
    trap down EXIT
    feed
    wait_done
    settle
    market
    plans
    counts
    echo
    say "every contribution is decided; dashboard $SERVE_URL/ — Ctrl-C stops the network"
    if [[ -n "${NETWORK_EXIT:-}" ]]; then exit 0; fi
    while :; do sleep 3600; done
    ;;
  -h | --help | help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' ;;
  *) die "unknown command $cmd (run, up, feed, wait, settle, market, plans, status, down)" ;;
esac
