#!/bin/sh
# orch as a worker runs it (the command line its brief gives). `orch finish` goes to the worker server of its
# registry (src/adapters/guard-server.ts), which runs the CLI's own code in a process that is already warm: no Node
# start-up and no module loading per finish. Everything else, and every case the server does not take (no server,
# no curl, an argument with a line break, a 404 or any error before the first line of output), runs orch with Node
# exactly as `node bin/orch.js` would.
#
# Usage: sh orch.sh <orch arguments...>    (Node: $ORCH_NODE, which orch sets in every worker, else node on PATH)
here=${0%/*}
node=${ORCH_NODE:-node}

served() {
  [ "$1" = finish ] || return 125
  case ${ORCH_EVENTS_FILE:-} in */events/*) ;; *) return 125 ;; esac
  sock=${ORCH_EVENTS_FILE%/events/*}/guard.sock
  [ -S "$sock" ] || return 125
  command -v curl >/dev/null 2>&1 || return 125
  nl='
'
  for a in "$PWD" "$@"; do
    case $a in *"$nl"*) return 125 ;; esac
  done
  # The answer: "1 <line>" for stdout, "2 <line>" for stderr, then "x <exit code>", passed on a line at a time as it
  # comes (sh's read, not awk, which would wait for a full buffer). No line at all (a refused or failed request) is
  # 125: run it with Node. Output and then nothing more is a server that stopped mid-run.
  printf '%s\n' "$PWD" "$@" | curl -sf --no-buffer --unix-socket "$sock" --data-binary @- http://orch/run 2>/dev/null | {
    got=
    while IFS= read -r line || [ -n "$line" ]; do
      got=1
      case $line in
        '1 '*) printf '%s\n' "${line#1 }" ;;
        '2 '*) printf '%s\n' "${line#2 }" >&2 ;;
        'x '*) exit "${line#x }" ;;
      esac
      line=
    done
    [ -n "$got" ] || exit 125
    echo 'orch: the worker server stopped before the command ended; run it again' >&2
    exit 1
  }
}

served "$@"
code=$?
[ $code -eq 125 ] || exit $code
exec "$node" "$here/../bin/orch.js" "$@"
