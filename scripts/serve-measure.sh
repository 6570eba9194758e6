#!/usr/bin/env bash
# A first measurement of the process-per-session design of `baedal serve` (not a test):
# opens N concurrent `ssh -tt` sessions on loopback and reports sessions held, memory per
# session (PSS of the server and its session processes) and idle CPU over 10 s.
# Usage: scripts/serve-measure.sh [N] [path/to/baedal]
set -euo pipefail
n=${1:-100}
baedal=${2:-.build/debug/baedal}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; kill "$server" 2>/dev/null || true; sleep 1; rm -rf "$work"' EXIT
export BAEDAL_SCRYPT_LOG2N=4 LANG=C.UTF-8
cat > "$work/seed.baedal" <<'SEED'
signup owner 최사장 password "owner-12345"
store "24시김밥" category 분식 address "서울 중구 세종대로 1" hours 00:00-24:00 minimum 5000 fee 1000 payout "농협 301-1234-5678-91" business 314-15-82657
menu "24시김밥" add "원조김밥" 3000 "기본 김밥"
signup customer 김민수 password "minsu-1234"
SEED
"$baedal" run "$work/seed.baedal" --db "$work/db.sqlite" >/dev/null
"$baedal" serve --db "$work/db.sqlite" --port 0 --max-sessions "$n" --connections-per-minute 100000 >"$work/out" 2>"$work/err" &
server=$!
until grep -q '^Serving' "$work/out" 2>/dev/null; do sleep 0.1; done
port=$(sed -n 's/.* on 127.0.0.1:\([0-9]*\):.*/\1/p' "$work/out")
printf '#!/bin/sh\necho minsu-1234\n' > "$work/askpass"; chmod +x "$work/askpass"
start=$(date +%s.%N)
# Every client reads a FIFO this script holds open: the keyboard stays quiet, and ends when the script does.
mkfifo "$work/keys"; exec 3<>"$work/keys"
for i in $(seq 1 "$n"); do
  (SSH_ASKPASS="$work/askpass" SSH_ASKPASS_REQUIRE=force TERM=xterm-256color \
     ssh -tt -p "$port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o PubkeyAuthentication=no \
     -o LogLevel=ERROR 김민수@127.0.0.1 <"$work/keys" >/dev/null 2>&1) &
  sleep 0.05
done
sessions() { pgrep -f "served-session --db $work/db.sqlite" | wc -l; }
deadline=$((SECONDS + 300))
until [ "$(sessions)" -ge "$n" ] || [ $SECONDS -ge $deadline ]; do sleep 1; done
sleep 5
held=$(sessions)
opened=$(echo "$(date +%s.%N) - $start" | bc)
pids="$server $(pgrep -f "served-session --db $work/db.sqlite" | tr '\n' ' ')"
pss() { local t=0; for p in $pids; do v=$(awk '/^Pss:/{print $2}' /proc/$p/smaps_rollup 2>/dev/null || echo 0); t=$((t + ${v:-0})); done; echo $t; }
ticks() { local t=0; for p in $pids; do v=$(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null || echo 0); t=$((t + ${v:-0})); done; echo $t; }
server_pss=$(awk '/^Pss:/{print $2}' /proc/$server/smaps_rollup)
total=$(pss)
t0=$(ticks); sleep 10; t1=$(ticks)
hz=$(getconf CLK_TCK)
echo "sessions held: $held of $n (opened in ${opened%.*} s)"
echo "server process PSS: $((server_pss / 1024)) MiB; server + sessions PSS: $((total / 1024)) MiB; per session: $(( (total - server_pss) / held )) KiB"
echo "idle CPU, server + sessions, over 10 s: $(echo "scale=1; ($t1 - $t0) * 100 / $hz / 10" | bc)% of one core"
echo "connections that ended while opening, by reason:"
sed -n 's/.*ended: //p' "$work/err" | sort | uniq -c
