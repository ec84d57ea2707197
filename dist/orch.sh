#!/bin/sh
# orch as a worker runs it (the command line its brief gives). `orch finish` goes to the worker server of its
# registry (src/adapters/guard-server.ts), which runs the CLI's own code in a process that is already warm: no Node
# start-up and no module loading per finish: with bash on its loopback port, else with curl on its socket. Everything
# else, and every case the server does not take (no server, neither bash nor curl, an argument with a line break, a
# 404 or any error before the first line of output), runs orch with Node exactly as `node bin/orch.js` would.
#
# Usage: sh orch.sh <orch arguments...>    (Node: $ORCH_NODE, which orch sets in every worker, else node on PATH)
here=${0%/*}
node=${ORCH_NODE:-node}

# bash only (its /dev/tcp): the same request on the server's loopback door ($1: guard.tcp, "<port> <client key>
# <server key>"; then the folder and the arguments). The answer starts with the server key (a program that took the
# port is not believed); anything before it is 125: not served. Lengths in bytes: run with LC_ALL=C.
RUN='file=$1
shift
read -r port key proof < "$file" || exit 125
exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 125
body=
for a in "$@"; do body=$body$a$'"'"'\n'"'"'; done
printf "POST /run HTTP/1.0\r\nHost: orch\r\nx-orch-key: %s\r\nContent-Length: %s\r\n\r\n%s" "$key" "${#body}" "$body" >&3 || exit 125
IFS= read -t 10 -r status <&3 || exit 125
case $status in "HTTP/1."?" 200 "*) ;; *) exit 125 ;; esac
while IFS= read -t 10 -r h <&3; do [ "$h" = $'"'"'\r'"'"' ] && break; done
IFS= read -t 10 -r first <&3 || exit 125
[ "$first" = "$proof" ] || exit 125
while IFS= read -r line <&3 || [ -n "$line" ]; do
  case $line in
    "1 "*) printf "%s\n" "${line#1 }" ;;
    "2 "*) printf "%s\n" "${line#2 }" >&2 ;;
    "x "*) exit "${line#x }" ;;
  esac
  line=
done
echo "orch: the worker server stopped before the command ended; run it again" >&2
exit 1'

served() {
  [ "$1" = finish ] || return 125
  case ${ORCH_EVENTS_FILE:-} in */events/*) ;; *) return 125 ;; esac
  dir=${ORCH_EVENTS_FILE%/events/*}
  nl='
'
  for a in "$PWD" "$@"; do
    case $a in *"$nl"*) return 125 ;; esac
  done
  # With bash, on the server's loopback door (a bash starts faster than curl).
  if [ -r "$dir/guard.tcp" ] && command -v bash >/dev/null 2>&1; then
    LC_ALL=C bash -c "$RUN" orch "$dir/guard.tcp" "$PWD" "$@"
    code=$?
    [ $code -eq 125 ] || return $code
  fi
  sock=$dir/guard.sock
  [ -S "$sock" ] || return 125
  command -v curl >/dev/null 2>&1 || return 125
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
