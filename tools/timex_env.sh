# Sourced by the TIMEX3 scoring scripts: where annals, its rules and the
# shared material are (each overridable from the environment), and the
# scorer's flags (ERRORS=1 lists every error).
here="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
ANNALS="${ANNALS:-$here/../build/annals}"
SHARED="$(cd "${SHARED:-$here/../../shared}" && pwd)"
RULES="${RULES:-$here/../rules}"
scorer="$SHARED/tools/timexeval.py"
flags=()
if [ "${ERRORS:-0}" = 1 ]; then flags+=(--errors); fi
