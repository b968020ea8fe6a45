#!/usr/bin/env bash
# Measures what the 10-million-article simulation of docs/SCALE.md needs,
# on this machine, and prints it as JSON (for tools/scale_simulate.py):
#
#   bash tools/scale_measure.sh build/annals ../shared/data/silver > build/scale-measured.json
#
#  extract    CPU seconds and record bytes per article (`annals extract
#             -j 1`, start-up subtracted: one article's run);
#  merge      `annals assemble --partial` (one tree node): CPU seconds per
#             record byte of plain records (parsed: the first level) and
#             of partials (copied: the levels above), and its peak RSS for
#             1x and 4x the records (streaming: it should not grow);
#  root       `annals assemble --no-svg` of n = 400, 800, 1600 distinct
#             articles and 3200, 6400 (the 1,600 again under other paths):
#             CPU seconds and peak RSS; the per-article slope is fitted
#             from the largest two sizes.
# CPU is user+system from /usr/bin/time (robust to a loaded machine);
# RSS is /usr/bin/time's maximum resident set size.
set -euo pipefail
annals=$(realpath "${1:?usage: scale_measure.sh ANNALS SILVER_DIR}")
silver=$(realpath "${2:?usage: scale_measure.sh ANNALS SILVER_DIR}")
rules=${ANNALS_RULES:-$(dirname "$0")/../rules}
rules=$(realpath "$rules")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# timed LABEL CMD...: runs CMD, appends "LABEL cpu_seconds max_rss_kb".
timed() {
  local label=$1; shift
  /usr/bin/time -f "%U %S %M" -o t.out "$@" > /dev/null 2> /dev/null || true
  read -r u s m < <(tail -1 t.out)
  echo "$label $(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }') $m" >> times
}

find "$silver" -name '*.tml' | sort > all.list
n=$(wc -l < all.list)
head -1 all.list > one.list
"$annals" extract --rules "$rules" -j 1 $(cat all.list) > records.jsonl 2> /dev/null
timed extract_all "$annals" extract --rules "$rules" -j 1 $(cat all.list)
timed extract_one "$annals" extract --rules "$rules" -j 1 $(cat one.list)
input_bytes=$(cat $(cat all.list) | wc -c)
record_bytes=$(wc -c < records.jsonl)

# One tree node: records -> partial, and 4x as many (RSS must not grow).
"$annals" assemble --partial p1 records.jsonl 2> /dev/null
cat records.jsonl records.jsonl records.jsonl records.jsonl > records4.jsonl
timed merge_1x "$annals" assemble --partial q1 records.jsonl
timed merge_4x "$annals" assemble --partial q4 records4.jsonl
# A merge of partials copies their records unparsed (upper tree levels).
timed merge_partials_4x "$annals" assemble --partial q5 p1 p1 p1 p1
partial_bytes=$(wc -c < p1)

# The root: distinct articles, then the corpus again under other paths.
for k in 400 800 1600; do
  head -n "$k" records.jsonl > r$k.jsonl
  timed root_$k "$annals" assemble --rules "$rules" --no-svg --out o$k r$k.jsonl
done
for copies in 2 4; do
  for c in $(seq 1 $copies); do sed "s|\"path\":\"|\"path\":\"copy$c/|" records.jsonl; done > r$((copies * n)).jsonl
  timed root_$((copies * n)) "$annals" assemble --rules "$rules" --no-svg --out o$copies r$((copies * n)).jsonl
done
timed root_1 "$annals" assemble --rules "$rules" --no-svg --out oone <(head -1 records.jsonl)
json_bytes=$(wc -c < o1600/timeline.json)

python3 - "$n" "$input_bytes" "$record_bytes" "$partial_bytes" "$json_bytes" "$(nproc)" <<'PY'
import json, sys
n, text, rec, part, jsn, cores = map(int, sys.argv[1:])
t = {}
for line in open("times"):
    k, cpu, rss = line.split()
    t[k] = {"cpu_s": float(cpu), "rss_kb": int(rss)}
root = {int(k[5:]): v for k, v in t.items() if k.startswith("root_")}
big = sorted(root)[-2:]
out = {
    "machine_cores": cores,
    "articles": n,
    "input_bytes_per_article": text / n,  # the .tml files, markup included
    "record_bytes_per_article": rec / n,
    "extract_cpu_s_per_article": (t["extract_all"]["cpu_s"] - t["extract_one"]["cpu_s"]) / (n - 1),
    "extract_startup_cpu_s": t["extract_one"]["cpu_s"],
    "extract_rss_kb": t["extract_all"]["rss_kb"],
    "merge_cpu_s_per_byte": t["merge_4x"]["cpu_s"] / (4 * rec),
    "merge_partials_cpu_s_per_byte": t["merge_partials_4x"]["cpu_s"] / (4 * rec),
    "merge_partials_rss_kb_4x": t["merge_partials_4x"]["rss_kb"],
    "merge_rss_kb_1x": t["merge_1x"]["rss_kb"],
    "merge_rss_kb_4x": t["merge_4x"]["rss_kb"],
    "partial_overhead_bytes": part - rec,
    "root": {str(k): v for k, v in sorted(root.items())},
    "root_cpu_s_per_article": (root[big[1]]["cpu_s"] - root[big[0]]["cpu_s"]) / (big[1] - big[0]),
    "root_rss_bytes_per_article": (root[big[1]]["rss_kb"] - root[big[0]]["rss_kb"]) * 1024 / (big[1] - big[0]),
    "timeline_json_bytes_per_article": jsn / 1600,
}
print(json.dumps(out, indent=2))
PY
