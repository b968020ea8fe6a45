#!/bin/sh
# Checks the .deb that `make deb` built, without installing it: its
# control fields (Depends are real, installed Debian 12 packages), its
# files, and that the unpacked binary runs on the example articles using
# the rules unpacked beside it; then builds tests/consumer against the
# unpacked library (find_package(annals) with CMAKE_PREFIX_PATH).
#
#   tests/consumer/check_deb.sh SOURCE_DIR DEB_BUILD_DIR
set -eu
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
deb=$(ls -t "$build"/annals_*.deb | head -n 1)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/annals-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo "checking $deb"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for pkg in $(echo "$depends" | sed 's/([^)]*)//g; s/,/ /g'); do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
    { echo "FAIL: dependency $pkg is not an installed package"; exit 1; }
done
# Every shared library the binary needs comes from a listed dependency.
dpkg-deb -x "$deb" "$tmp/root"
for lib in $(ldd "$tmp/root/usr/bin/annals" | awk '/=>/ {print $3}'); do
  owner=$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null | cut -d: -f1 | head -n 1) || true
  [ -z "$owner" ] && owner=$(dpkg -S "$lib" 2>/dev/null | cut -d: -f1 | head -n 1) || true
  case ",$depends," in
    *"$owner"*) ;;
    *) echo "FAIL: $lib (package '$owner') is not in Depends"; exit 1;;
  esac
done

for f in usr/bin/annals usr/share/annals/rules/dct.yaml usr/share/man/man1/annals.1.gz \
         usr/include/annals/article.h; do
  [ -e "$tmp/root/$f" ] || { echo "FAIL: $f not in the package"; exit 1; }
done
ls "$tmp"/root/usr/lib*/libannals.a "$tmp"/root/usr/lib/*/libannals.a 2>/dev/null | grep -q . ||
  { echo "FAIL: libannals.a not in the package"; exit 1; }

# The binary finds <prefix>/share/annals/rules beside itself.
env -u ANNALS_RULES "$tmp/root/usr/bin/annals" run --out "$tmp/out" "$src"/examples/articles/*.txt \
  2>"$tmp/run.log" || { cat "$tmp/run.log"; exit 1; }
grep -q '"2021-03-18"' "$tmp/out/timeline.json" || { echo "FAIL: unpacked annals run"; exit 1; }
if [ -f "$src/../shared/tools/check_seeds.py" ]; then
  python3 "$src/../shared/tools/check_seeds.py" "$tmp/out" | tail -n 1
fi

# The library, as an embedding program finds it.
cmake -S "$src/tests/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/root/usr" \
  >"$tmp/consumer.log" 2>&1 && cmake --build "$tmp/consumer" >>"$tmp/consumer.log" 2>&1 ||
  { cat "$tmp/consumer.log"; exit 1; }
"$tmp/consumer/consumer" "$(cat "$tmp/consumer/rules_dir.txt")" "$src"/examples/articles/000_*.txt |
  grep '^events'
echo "deb OK: $(basename "$deb")"
