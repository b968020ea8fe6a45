#!/bin/sh
# The Python package as installed: `cmake --install BUILD --component
# python` into a temporary prefix, then imported from there, from another
# directory, with no ANNALS_RULES: it must find its own rules and work.
#   install.sh BUILD_DIR PY_INSTALL_DIR PYTHON SOURCE_DIR
set -eu
build=$1 pydir=$2 python=$3 src=$4
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --component python --prefix "$prefix" > /dev/null
cd "$prefix"
unset ANNALS_RULES
PYTHONPATH="$prefix/$pydir" "$python" - "$prefix/$pydir" "$src" <<'PY'
import os, sys
import annals
assert annals.__file__.startswith(sys.argv[1]), annals.__file__
assert annals.default_rules_dirs() == [os.path.join(sys.argv[1], "annals", "rules")]
rules = annals.RuleSet()
art = os.path.join(sys.argv[2], "examples", "articles", "000_71cd7fc4d746160c.txt")
t = annals.assemble([rules.extract_file(art)], rules)
assert t.events and t.documents[0]["dct"] == "2021-03-12", t.documents
print("ok: installed in", sys.argv[1], "-", len(t.events), "events")
PY
