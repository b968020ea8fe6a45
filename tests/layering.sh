#!/bin/sh
# The library's layers include downwards only (issue 19):
#   pipeline/base -> pipeline/engine -> pipeline/time -> pipeline/extract
#     -> graph/assemble -> graph/export -> api -> cli
# A file may include headers of its own layer and of the layers before it.
# Assembly never calls back into the time tagger (issue 19): no file of
# graph/ includes the tagger or the extractor that owns it; the driver
# (api/assemble_facts.h) re-dates documents before assembling.
# <annals/status.h> and <annals/parallel.h> stand alone and count as base;
# the other public headers (include/annals) are the api layer.
#
#   tests/layering.sh SOURCE_DIR
set -eu
cd "${1:?usage: layering.sh SOURCE_DIR}"
rank() {
  case "$1" in
    pipeline/base/*|annals/status.h|annals/parallel.h|annals/version.h) echo 0 ;;
    pipeline/engine/*) echo 1 ;;
    pipeline/time/*) echo 2 ;;
    pipeline/extract/*) echo 3 ;;
    graph/assemble/*) echo 4 ;;
    graph/export/*) echo 5 ;;
    api/*|annals/*|include/annals/*) echo 6 ;;
    cli/*) echo 7 ;;
    *) echo 99 ;;
  esac
}
bad=0
files=$(find pipeline graph api cli include/annals -name '*.h' -o -name '*.cc' | sort)
for f in $files; do
  own=$(rank "$f")
  for inc in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f"); do
    r=$(rank "$inc")
    [ "$r" = 99 ] && continue
    if [ "$r" -gt "$own" ]; then
      echo "FAIL: $f (layer $own) includes $inc (layer $r)"
      bad=1
    fi
    case "$f:$inc" in
      graph/*:pipeline/time/timex_tagger.h|graph/*:pipeline/extract/extractor.h|graph/*:pipeline/extract/redate.h)
        echo "FAIL: $f includes $inc: assembly must not call the tagger"
        bad=1 ;;
    esac
  done
done
[ "$bad" = 0 ] && echo "layers include downwards only ($(echo "$files" | wc -l) files)"
exit "$bad"
