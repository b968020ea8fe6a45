#!/bin/sh
# The CLI is a thin client of the public API (issue 8): every file in cli/
# includes only <annals/...> headers, its own cli/ headers, and system or
# third-party headers (<...>); never pipeline/, graph/ or api/internal.h.
#
#   tests/cli/public_api_only.sh SOURCE_DIR
set -eu
cd "${1:?usage: public_api_only.sh SOURCE_DIR}"
bad=$(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' cli/*.cc cli/*.h |
      grep -v '#[[:space:]]*include[[:space:]]*"\(annals\|cli\)/' || true)
if [ -n "$bad" ]; then
  echo "FAIL: cli/ includes headers outside the public API:"
  echo "$bad"
  exit 1
fi
echo "cli/ uses only the public API ($(ls cli/*.cc cli/*.h | wc -l) files)"
