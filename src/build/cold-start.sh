#!/usr/bin/env bash
# Cold start of the CLI on the bundled register, as docs/drools.md ("Cold start") reports it.
#
#   src/build/cold-start.sh RUNS 'label=command' 'label=command' ...
#
# Runs every command RUNS times, interleaved (round 1 of each, then round 2 ...) so that a change of load
# on a shared machine hits all of them alike, after one unmeasured warm-up round (file cache). Prints
# min / median / max of wall and CPU (user + system) seconds per command, and each median as a ratio to the
# first command's. Needs GNU time (/usr/bin/time). Output of the commands goes to /dev/null; a command that
# exits other than 0 or 3 (findings at or above the fail level) stops the run.
set -euo pipefail

runs=${1:?usage: cold-start.sh RUNS label=command ...}
shift
[ $# -ge 1 ] || { echo "usage: cold-start.sh RUNS label=command ..." >&2; exit 2; }
labels=()
commands=()
for spec in "$@"; do
  labels+=("${spec%%=*}")
  commands+=("${spec#*=}")
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run_one() { # index round
  local i=$1 out=$tmp/time.$1 code=0
  /usr/bin/time -o "$out" -f "%e %U %S" bash -c "${commands[$i]}" >/dev/null 2>"$tmp/err.$i" || code=$?
  if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then
    echo "cold-start: '${labels[$i]}' exited $code:" >&2
    cat "$tmp/err.$i" >&2
    exit 1
  fi
  [ "$2" -gt 0 ] && tail -n 1 "$out" >> "$tmp/times.$i"
  return 0
}

for ((i = 0; i < ${#commands[@]}; i++)); do run_one "$i" 0; done
for ((r = 1; r <= runs; r++)); do
  for ((i = 0; i < ${#commands[@]}; i++)); do run_one "$i" "$r"; done
done

stats() { # file column-expression -> "min median max"
  awk "{ print $2 }" "$1" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f %.2f %.2f", v[1], m, v[NR] }'
}

echo "runs: $runs each, interleaved; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %-22s %-22s %-10s %-10s\n' "command" "wall s (min/med/max)" "CPU s (min/med/max)" "wall ratio" "CPU ratio"
base_wall=""
base_cpu=""
for ((i = 0; i < ${#commands[@]}; i++)); do
  read -r wmin wmed wmax <<<"$(stats "$tmp/times.$i" '$1')"
  read -r cmin cmed cmax <<<"$(stats "$tmp/times.$i" '$2 + $3')"
  if [ -z "$base_wall" ]; then base_wall=$wmed; base_cpu=$cmed; fi
  printf '%-28s %-22s %-22s %-10s %-10s\n' "${labels[$i]}" "$wmin / $wmed / $wmax" "$cmin / $cmed / $cmax" \
    "$(awk -v a="$wmed" -v b="$base_wall" 'BEGIN { printf "%.2f", a / b }')" \
    "$(awk -v a="$cmed" -v b="$base_cpu" 'BEGIN { printf "%.2f", a / b }')"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
