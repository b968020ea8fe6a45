#!/usr/bin/env python3
"""The 10-million-article simulation of docs/SCALE.md, from measured
per-article costs (tools/scale_measure.sh):

    python3 tools/scale_simulate.py build/scale-measured.json \
        --articles 10000000 --per-partition 10000 --fan-in 16 --workers 8 64 512

Model (every figure scales a measured one; nothing else is assumed):
  map      A articles in P = A / per-partition partitions, W workers:
           CPU = A x extract CPU/article + W x start-up (rules compiled
           once per worker process); wall = CPU / W.
  shuffle  record bytes S = A x record bytes/article. A tree of fan-in k
           has L = ceil(log_k P) merge levels; every level ships all S
           once more to its parents, and the root reads S: (L + 1) x S.
  merge    level l has n_l = ceil(P / k^l) nodes, each reading S / n_l
           bytes. `annals assemble --partial` streams: its RSS is the
           measured (constant) one; the partial lives on disk. A Dask
           merge holds its inputs and output as str: about 2 x S / n_l
           of worker memory. Wall = (S / n_l) x CPU/byte x ceil(n_l / W),
           CPU/byte being the parsing merge's at level 1 (plain records)
           and the copying merge's above (partials). Disk and network
           time are left out (at 100 MB/s a node moves 1 GB in 10 s).
  root     `annals assemble` of all A: RSS = A x measured RSS/article
           (slope between the two largest measured sizes), CPU = A x
           measured CPU/article. One process, whatever W.
"""
import argparse
import json
import math


def human_bytes(b):
    for unit in ("B", "KB", "MB", "GB", "TB", "PB"):
        if abs(b) < 1000 or unit == "PB":
            return f"{b:,.0f} {unit}" if unit == "B" else f"{b:,.1f} {unit}"
        b /= 1000


def human_time(s):
    if s < 120:
        return f"{s:,.0f} s"
    if s < 7200:
        return f"{s / 60:,.0f} min"
    return f"{s / 3600:,.1f} h"


def simulate(m, articles, per_partition, fan_in, workers):
    partitions = math.ceil(articles / per_partition)
    shuffle = articles * m["record_bytes_per_article"]
    levels = max(1, math.ceil(math.log(partitions, fan_in))) if partitions > 1 else 0
    rows = []
    map_cpu = articles * m["extract_cpu_s_per_article"] + workers * m["extract_startup_cpu_s"]
    rows.append(("map (extract)", f"{partitions:,} partitions",
                 human_bytes(m["extract_rss_kb"] * 1024) + " per worker",
                 human_bytes(shuffle) + " records out", human_time(map_cpu / workers)))
    total_merge = 0.0
    nodes = partitions
    for level in range(1, levels + 1):
        nodes = math.ceil(nodes / fan_in)
        per_node = shuffle / nodes
        per_byte = m["merge_cpu_s_per_byte"] if level == 1 else m["merge_partials_cpu_s_per_byte"]
        wall = per_node * per_byte * math.ceil(nodes / workers)
        total_merge += wall
        rows.append((f"merge level {level}", f"{nodes:,} nodes x {fan_in} inputs",
                     f"CLI {human_bytes(m['merge_rss_kb_4x'] * 1024)}; Dask ~{human_bytes(2 * per_node)}",
                     human_bytes(shuffle) + f" ({human_bytes(per_node)} per node)",
                     human_time(wall)))
    root_rss = articles * m["root_rss_bytes_per_article"]
    root_cpu = articles * m["root_cpu_s_per_article"]
    rows.append(("root (assemble)", "1 process", human_bytes(root_rss),
                 human_bytes(shuffle) + " read", human_time(root_cpu)))
    return {
        "rows": rows,
        "shuffle_total": shuffle * (levels + 1),
        "levels": levels,
        "wall": map_cpu / workers + total_merge + root_cpu,
        "root_share": root_cpu / (map_cpu / workers + total_merge + root_cpu),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("measured")
    ap.add_argument("--articles", type=float, default=10e6)
    ap.add_argument("--per-partition", type=int, default=10000)
    ap.add_argument("--fan-in", type=int, default=16)
    ap.add_argument("--workers", type=int, nargs="+", default=[8, 64, 512])
    a = ap.parse_args()
    m = json.load(open(a.measured))
    articles = int(a.articles)
    print(f"Measured: extract {m['extract_cpu_s_per_article'] * 1000:.2f} ms CPU/article "
          f"(start-up {m['extract_startup_cpu_s']:.2f} s), record "
          f"{m['record_bytes_per_article'] / 1000:.1f} KB/article "
          f"(input {m['input_bytes_per_article'] / 1000:.1f} KB of TimeML), merge "
          f"{1 / m['merge_cpu_s_per_byte'] / 1e6:.0f} MB/s CPU parsing records, "
          f"{1 / m['merge_partials_cpu_s_per_byte'] / 1e6:.0f} MB/s copying partials, merge RSS "
          f"{m['merge_rss_kb_1x'] / 1000:.0f} MB (1x) / {m['merge_rss_kb_4x'] / 1000:.0f} MB (4x), "
          f"root {m['root_cpu_s_per_article'] * 1000:.2f} ms CPU and "
          f"{m['root_rss_bytes_per_article'] / 1000:.1f} KB RSS per article.\n")
    for w in a.workers:
        r = simulate(m, articles, a.per_partition, a.fan_in, w)
        print(f"### {articles:,} articles, {w} workers, fan-in {a.fan_in}, "
              f"{a.per_partition:,} articles per partition\n")
        print("| step | tasks | memory per task | data | wall |")
        print("|---|---|---|---|---|")
        for row in r["rows"]:
            print("| " + " | ".join(row) + " |")
        print(f"\nShuffle, all levels: {human_bytes(r['shuffle_total'])} "
              f"({r['levels']} merge levels + the root's read). Wall clock: "
              f"{human_time(r['wall'])}, of which the root is {r['root_share']:.0%}.\n")


if __name__ == "__main__":
    main()
