#!/usr/bin/env bash
# Linear time on one huge single-line article (issue 18).
#
#   bench/scaling.sh ANNALS SILVER_DIR WORK_DIR [MB...]
#
# Builds single-line articles of MB megabytes (default 1 4 16 50) from the
# silver texts (bench/make_single_line.py, into WORK_DIR, never committed)
# and times `annals run --no-svg -j 1` on each with /usr/bin/time: wall,
# user+system CPU, peak RSS, and CPU per MB beyond the start-up (the run
# on an empty article). Linear time: the last column stays flat.
#
# SCALING_COUNT=1 counts instructions instead (callgrind, whatever the
# load; slow, so give small sizes: 0.25 1) and fails when the per-byte
# count of the largest size is over 1.25x that of the smallest: a
# regression test of complexity by work, not time.
set -euo pipefail
annals=$(realpath "${1:?usage: scaling.sh ANNALS SILVER_DIR WORK_DIR [MB...]}")
silver=${2:?usage: scaling.sh ANNALS SILVER_DIR WORK_DIR [MB...]}
work=${3:?usage: scaling.sh ANNALS SILVER_DIR WORK_DIR [MB...]}
shift 3
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 4 16 50)
here=$(cd "$(dirname "$0")" && pwd)
export ANNALS_RULES=${ANNALS_RULES:-$here/../rules}
mkdir -p "$work"
: > "$work/empty.txt"
for mb in "${sizes[@]}"; do
  [ -s "$work/line-$mb.txt" ] || python3 "$here/make_single_line.py" "$silver" "$work/line-$mb.txt" "$mb"
done
run() {  # run FILE: annals run on one article, its outputs into WORK_DIR/out
  "$annals" run --no-svg -j 1 --dct 2000-01-01 --out "$work/out" "$1"
}

if [ "${SCALING_COUNT:-0}" = 1 ]; then
  count() {  # count FILE: instructions of the whole process
    { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$annals" run --no-svg -j 1 \
        --dct 2000-01-01 --out "$work/out" "$1" 2>&1 >/dev/null || true; } |
      grep -o 'Collected : [0-9]*' | awk '{print $3}'
  }
  base=$(count "$work/empty.txt")
  echo "| MB | instructions | beyond start-up | per byte |"
  echo "|---|---|---|---|"
  first=""
  for mb in "${sizes[@]}"; do
    bytes=$(stat -c %s "$work/line-$mb.txt")
    n=$(count "$work/line-$mb.txt")
    per=$(awk -v n="$n" -v b="$base" -v s="$bytes" 'BEGIN { printf "%.0f", (n - b) / s }')
    printf "| %s | %d M | %d M | %s |\n" "$mb" "$((n / 1000000))" "$(((n - base) / 1000000))" "$per"
    [ -n "$first" ] || first=$per
    last=$per
  done
  awk -v f="$first" -v l="$last" 'BEGIN {
    r = l / f; printf "per-byte ratio largest/smallest: %.2f\n", r; exit (r > 1.25) }'
  exit
fi

measure() {  # measure FILE: "wall cpu rss_kb"
  # An empty article exits 1 (nothing to write) after loading the rules:
  # time notes the status on a line of its own, the figures are the last.
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" bash -c "$(declare -f run); annals='$annals' work='$work' run '$1'" > /dev/null 2>&1 || true
  tail -n 1 "$work/time" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
}
read -r _ base_cpu base_rss < <(measure "$work/empty.txt")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); start-up (empty article): ${base_cpu} s CPU, $((base_rss / 1024)) MB"
echo
echo "| MB | wall s | CPU s | peak RSS MB | CPU s per MB beyond start-up |"
echo "|---|---|---|---|---|"
for mb in "${sizes[@]}"; do
  read -r wall cpu rss < <(measure "$work/line-$mb.txt")
  awk -v m="$mb" -v w="$wall" -v c="$cpu" -v r="$rss" -v b="$base_cpu" 'BEGIN {
    printf "| %s | %.1f | %.1f | %.0f | %.2f |\n", m, w, c, r / 1024, (c - b) / m }'
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
