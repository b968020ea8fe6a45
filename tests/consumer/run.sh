#!/bin/sh
# Builds and runs a tiny program against an *installed* annals, as an
# embedding project would: cmake --install into a temporary prefix,
# find_package(annals) with CMAKE_PREFIX_PATH, then the same with
# pkg-config. Checks what it prints for examples/articles/000_*.txt.
#
#   tests/consumer/run.sh SOURCE_DIR BUILD_DIR
# Honours CXX, CXXFLAGS and LDFLAGS (ctest passes the build's compiler and
# sanitizer flags).
set -eu
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/annals-consumer.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 || {
  cat "$tmp/install.log"; exit 1; }
for f in bin/annals include/annals/article.h include/annals/version.h share/annals/rules \
         share/man/man1/annals.1.gz; do
  [ -e "$tmp/prefix/$f" ] || { echo "FAIL: not installed: $f"; exit 1; }
done
# The man page is installed compressed, and is a man page.
gzip -t "$tmp/prefix/share/man/man1/annals.1.gz" &&
  gzip -dc "$tmp/prefix/share/man/man1/annals.1.gz" | grep -q '^\.TH ANNALS' || {
  echo "FAIL: share/man/man1/annals.1.gz is not the gzipped man page"; exit 1; }
# No internal header may leak into the installed ones.
if grep -l '"pipeline/\|"graph/\|yaml-cpp\|re2/\|boost/' "$tmp/prefix/include/annals/"*.h; then
  echo "FAIL: public headers include internal or third-party headers"; exit 1
fi

# No umbrella header: every installed header declares something of its own,
# so a program includes what it uses (project style).
for h in "$tmp/prefix/include/annals/"*.h; do
  own=$(grep -v '^[[:space:]]*//' "$h" | grep -v '^[[:space:]]*$' |
        grep -v '^[[:space:]]*#[[:space:]]*\(include\|ifndef\|endif\|pragma\)' |
        grep -v '^#define ANNALS_[A-Z_]*_H_$' || true)
  [ -n "$own" ] || { echo "FAIL: $(basename "$h") only includes other headers (an umbrella header)"; exit 1; }
done

article=$(ls "$src"/examples/articles/000_*.txt | head -n 1)
check() {  # check OUTPUT_FILE LABEL
  grep -q '^dct 2021-03-12' "$1" || { echo "FAIL ($2): no dct 2021-03-12"; cat "$1"; exit 1; }
  grep -q '^2021-03-18 meeting' "$1" || { echo "FAIL ($2): no 2021-03-18 meeting"; cat "$1"; exit 1; }
  grep -q '^events [1-9]' "$1" || { echo "FAIL ($2): no events"; cat "$1"; exit 1; }
  grep -q '^digraph' "$1" || { echo "FAIL ($2): no DOT graph"; cat "$1"; exit 1; }
}

# 1. CMake package.
cmake -S "$src/tests/consumer" -B "$tmp/cmake" -DCMAKE_PREFIX_PATH="$tmp/prefix" \
  -DCMAKE_BUILD_TYPE=Release >"$tmp/configure.log" 2>&1 || { cat "$tmp/configure.log"; exit 1; }
cmake --build "$tmp/cmake" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
rules=$(cat "$tmp/cmake/rules_dir.txt")
case "$rules" in "$tmp/prefix"/*) ;; *) echo "FAIL: ANNALS_RULES_DIR=$rules is not in the prefix"; exit 1;; esac
"$tmp/cmake/consumer" "$rules" "$article" >"$tmp/cmake.out"
check "$tmp/cmake.out" cmake

# 2. pkg-config (relocatable .pc: prefix from its own location).
pc=$(find "$tmp/prefix" -name annals.pc | head -n 1)
[ -n "$pc" ] || { echo "FAIL: annals.pc not installed"; exit 1; }
export PKG_CONFIG_PATH="$(dirname "$pc")${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
rules_pc=$(pkg-config --variable=rulesdir annals)
# shellcheck disable=SC2046
${CXX:-c++} ${CXXFLAGS:-} -O1 -o "$tmp/pc-consumer" "$src/tests/consumer/main.cc" \
  $(pkg-config --cflags --libs annals) ${LDFLAGS:-}
"$tmp/pc-consumer" "$rules_pc" "$article" >"$tmp/pc.out"
check "$tmp/pc.out" pkg-config

# 3. The installed binary finds its bundled rules relative to its prefix.
env -u ANNALS_RULES "$tmp/prefix/bin/annals" run --out "$tmp/run" "$article" 2>"$tmp/run.log" ||
  { cat "$tmp/run.log"; exit 1; }
grep -q '"2021-03-18"' "$tmp/run/timeline.json" || { echo "FAIL: installed annals run"; exit 1; }

echo "consumer OK: $(grep '^events' "$tmp/cmake.out")"
