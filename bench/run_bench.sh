#!/usr/bin/env bash
# The throughput and memory benchmark of docs/PERFORMANCE.md.
#
#   bench/run_bench.sh ANNALS CORPUS_DIR [RUNS]
#
# CORPUS_DIR comes from bench/make_corpus.py: base/ (the TE3 silver
# article texts) and big/ (the same, replicated to about 200 MB). Every
# figure is the whole process (start-up and rule loading included), the
# median of RUNS runs (default 5; 3 on the big corpus), timed by
# /usr/bin/time -v, which also gives the peak RSS. `run` is timed with
# --no-svg: the Graphviz layout of graph.svg is an optional external step
# (dot alone, not annals; it may take minutes on a big graph). chrono-node
# (bench/peers) tags the base texts side by side.
set -euo pipefail
annals=$(realpath "${1:?usage: run_bench.sh ANNALS CORPUS_DIR [RUNS]}")
corpus=$(realpath "${2:?usage: run_bench.sh ANNALS CORPUS_DIR [RUNS]}")
runs=${3:-5}
here=$(cd "$(dirname "$0")" && pwd)
rules=${BENCH_RULES:-$here/../rules}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

bytes_of() { find "$@" -type f -printf '%s\n' | awk '{s += $1} END {print s}'; }
count_of() { find "$@" -type f | wc -l; }
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# measure N CMD...: N runs; prints "wall_s rss_mb cpu_s" (medians; cpu =
# user + system, the figure to trust when the machine is not quiet).
measure() {
  local n=$1; shift
  : > "$tmp/walls"; : > "$tmp/rss"; : > "$tmp/cpu"
  for _ in $(seq "$n"); do
    /usr/bin/time -v -o "$tmp/time" "$@" > /dev/null 2> "$tmp/err" ||
      { echo "bench: exit status $? from: $*" >&2; tail -3 "$tmp/err" >&2; }
    awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$tmp/time" >> "$tmp/walls"
    awk -F': ' '/Maximum resident set size/ {print $2 / 1024}' "$tmp/time" >> "$tmp/rss"
    awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {print s}' "$tmp/time" >> "$tmp/cpu"
  done
  echo "$(median < "$tmp/walls") $(median < "$tmp/rss") $(median < "$tmp/cpu")"
}

row() {  # row LABEL DIR... (then WALL RSS CPU as the last three)
  local label=$1; shift
  local args=("$@") n_args=$#
  local w=${args[n_args - 3]} r=${args[n_args - 2]} c=${args[n_args - 1]}
  local dirs=("${args[@]:0:n_args - 3}")
  local b n
  b=$(bytes_of "${dirs[@]}"); n=$(count_of "${dirs[@]}")
  awk -v l="$label" -v b="$b" -v n="$n" -v w="$w" -v r="$r" -v c="$c" 'BEGIN {
    printf "| %s | %.1f MB | %d | %.2f s | %.2f s | %.2f MB/s | %.0f | %.0f MB |\n", l, b / 1e6, n, w, c, b / 1e6 / w, n / w, r }'
}

echo "| command | corpus | articles | wall (median of $runs) | CPU user+sys | MB/s (wall) | articles/s | peak RSS |"
echo "|---|---|---|---|---|---|---|---|"
declare -A wall
# `run` on the big corpus takes its first BENCH_RUN_COPIES copies (default
# 4, about 11 MB; "all" for the whole 200 MB): at today's speed the whole
# corpus would take hours.
copies=${BENCH_RUN_COPIES:-4}
if [ "$copies" = all ]; then
  big_run=("$corpus/big")
else
  big_run=($(ls -d "$corpus"/big/r* | head -n "$copies"))
fi
for set in base big; do
  n=$runs; [ "$set" = big ] && n=$(( runs < 3 ? runs : 3 ))
  run_dirs=("$corpus/$set"); label=$set
  [ "$set" = big ] && run_dirs=("${big_run[@]}") && label="big, $copies copies"
  for j in 1 2; do
    read -r w r c < <(measure "$n" "$annals" tag --rules "$rules" -j "$j" "$corpus/$set")
    wall[tag-$set-$j]=$w
    row "annals tag -j $j ($set)" "$corpus/$set" "$w" "$r" "$c"
    read -r w r c < <(measure "$n" "$annals" run --no-svg --rules "$rules" -j "$j" --out "$tmp/out" "${run_dirs[@]}")
    wall[run-$set-$j]=$w
    row "annals run -j $j ($label)" "${run_dirs[@]}" "$w" "$r" "$c"
  done
done
if [ -d "$here/peers/node_modules/chrono-node" ]; then
  read -r w r c < <(measure "$runs" node "$here/peers/chrono_tag.js" "$corpus/base")
  wall[chrono]=$w
  row "chrono-node parse (base)" "$corpus/base" "$w" "$r" "$c"
fi
echo
awk -v t1="${wall[tag-base-1]}" -v c="${wall[chrono]:-0}" -v rb1="${wall[run-big-1]}" -v rb2="${wall[run-big-2]}" \
    -v tb1="${wall[tag-big-1]}" -v tb2="${wall[tag-big-2]}" -v big="$(bytes_of "${big_run[@]}")" 'BEGIN {
  if (c > 0) printf "- tag vs chrono-node (base, -j 1, whole process): %.1fx faster (target 50x)\n", c / t1
  printf "- run -j 1 on the big corpus (%s copies): %.2f MB/s per core (target 20)\n", "'"$copies"'", big / 1e6 / rb1
  printf "- -j 2 vs -j 1 on the big corpus: tag %.2fx, run %.2fx (target 1.8x)\n", tb1 / tb2, rb1 / rb2
}'
