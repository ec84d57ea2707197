#!/bin/sh
# orch's hook on the hot path: Claude Code runs it on every tool call of every worker. Run by bash, it hands each
# event to the guard server (its loopback port), which writes the Node hook's own line. Otherwise, or when no server
# answers, it appends the same event line as the Node hook (src/hook.ts) with sh, date and awk, so an event costs a
# few milliseconds instead of a Node start-up. A PreToolUse whose payload names "Bash" goes to the guard: the guard server when one answers, else the
# Node hook; a payload that only mentions Bash costs a guard check, never a skipped one. orch installs this script
# only after it wrote, on this machine, the Node hook's lines for probe payloads (src/adapters/hook-sh.ts).
#
# Usage: sh hook.sh <Event> <events-file> <node hook command...>   (the command gets "<Event> --events <file>")
#        bash hook.sh ...  (the same; every event then goes to the guard server when one answers)
ev=$1
file=$2
shift 2

# Field by field like src/hook.ts: strings stay JSON-escaped from the payload to the line, so nothing is decoded
# or re-encoded; escaped backslashes and quotes become \001 and \002 first, which leaves every '"' a delimiter and
# every '\' the start of an escape. Cuts never split an escape.
AWK='
function restore(v,   out, a, b, i) {
  out = ""
  for (;;) {
    a = index(v, "\001"); b = index(v, "\002")
    if (!a && !b) return out v
    i = (a && (!b || a < b)) ? a : b
    out = out substr(v, 1, i - 1) (i == a ? "\\\\" : "\\\"")
    v = substr(v, i + 1)
  }
}
# Whitespace in a summary is what \s matches in JavaScript, in its escaped (\n, \u000b) or UTF-8 form.
# Lengths and cuts count UTF-16 units, as JavaScript does in src/hook.ts: an escape is one unit, a UTF-8 sequence
# one (two for four bytes). A character that straddles the cut is left out whole.
function walk(v, n,   i, len, c, step, w, u) {
  i = 1; u = 0; len = length(v)
  while (i <= len) {
    c = substr(v, i, 1)
    if (c == "\\") { step = substr(v, i + 1, 1) == "u" ? 6 : 2; w = 1 }
    else if (c < "\200") { step = 1; w = 1 }
    else if (c >= "\360") { step = 4; w = 2 }
    else if (c >= "\340") { step = 3; w = 1 }
    else { step = 2; w = 1 }
    if (u + w > n) break
    u += w; i += step
  }
  return substr(v, 1, i - 1)
}
function fits(v, n) { return length(v) <= n || length(walk(v, n)) == length(v) }
function short(v, n) { return fits(v, n) ? v : walk(v, n - 3) "..." }
function trim(v) {
  while (match(v, /^( |\\[tr])/)) v = substr(v, RLENGTH + 1)
  while (match(v, /( |\\[tr])$/)) v = substr(v, 1, RSTART - 1)
  return v
}
function message(v,   L, nl, i, kept, nk, last, out) {
  if (fits(v, 400)) return v
  out = walk(v, 397) "..."
  nl = split(v, L, /\\n/)
  nk = 0
  for (i = 1; i <= nl; i++) if (L[i] ~ /WORKTREE_STATUS:/ || L[i] ~ /^( |\\t)*REASON:/) kept[++nk] = L[i]
  last = ""
  for (i = nl; i >= 1; i--) if (trim(L[i]) != "") { last = L[i]; break }
  i = nk > 4 ? nk - 3 : 1
  if (last != "" && (nk == 0 || kept[nk] != last)) kept[++nk] = last
  for (; i <= nk; i++) out = out "\\n" short(trim(kept[i]), 200)
  return out
}
function field(name, v) { if (v != "") line = line ",\"" name "\":\"" restore(v) "\"" }
{ s = s $0 "\n" }
END {
  if (ev !~ /^[A-Za-z]+$/) ev = "unknown"
  line = "{\"at\":\"" at "\",\"event\":\"" ev "\""
  gsub(/\\\\/, "\001", s)
  gsub(/\\"/, "\002", s)
  if (s !~ /^[ \t\r\n]*\{/) { print line ",\"malformed\":true}"; exit }
  n = split(s, p, "\"")
  depth = 0; input = 0; key = ""
  for (k = 1; k <= n; k++) {
    if (k % 2) {
      m = length(p[k])
      for (j = 1; j <= m; j++) {
        c = substr(p[k], j, 1)
        if (c == "{" || c == "[") depth++
        else if (c == "}" || c == "]") depth--
      }
      if (input && depth < 2) input = 0
      continue
    }
    if (p[k + 1] ~ /^[ \t\r\n]*:/) {
      key = p[k]
      if (depth == 1 && key == "tool_input" && p[k + 1] ~ /^[ \t\r\n]*:[ \t\r\n]*\{/) input = 1
      continue
    }
    if (p[k - 1] !~ /:[ \t\r\n]*$/) continue
    if (depth == 1 && !(key in top)) top[key] = p[k]
    else if (depth == 2 && input && !(key in arg)) arg[key] = p[k]
  }
  field("session", top["session_id"])
  field("transcript", top["transcript_path"])
  field("tool", top["tool_name"])
  if (top["tool_name"] != "") {
    split("command file_path path pattern url description prompt", names, " ")
    for (i = 1; i <= 7; i++) if (names[i] in arg) {
      v = arg[names[i]]
      gsub(/\\[nrtf]|\\u000[bB]|\302\240|\341\232\200|\342\200[\200-\212\250\251\257]|\342\201\237|\343\200\200|\357\273\277/, " ", v)
      gsub(/ +/, " ", v)
      sub(/^ /, "", v)
      sub(/ $/, "", v)
      field("summary", short(v, 120))
      break
    }
  }
  field("notification", top["notification_type"])
  field("message", message("message" in top ? top["message"] : top["last_assistant_message"]))
  field("source", top["source"])
  field("reason", top["reason"])
  field("error", short(top["error"], 300))
  field("trigger", top["trigger"])
  print line "}"
}
'

# The guard check over bash's /dev/tcp: $1 is guard.tcp ("<port> <client key> <server key>"), $2 the events file,
# stdin the payload. Prints the answer without the server key it must start with; fails on anything else (no
# /dev/tcp, nobody on the port, another program on it, no answer within 3 s). Run with LC_ALL=C: lengths in bytes.
nl='
'
# bash only (its /dev/tcp): asks the guard server's loopback door for this event (guard.tcp: "<port> <client key>
# <server key>"; the answer must start with the server key) and sets $answer to what it said: "<exit code>\n" and
# the stderr to print. Fails on anything else: no /dev/tcp, nobody on the port, another program on it, no answer
# within 3 s. Run with LC_ALL=C: lengths in bytes. $ev, $file and $payload are the event's.
ASK='ask() {
  read -r port key proof < "${file%/events/*}/guard.tcp" || return 1
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf "POST /event/%s HTTP/1.0\r\nHost: orch\r\nx-orch-key: %s\r\nx-orch-events: %s\r\nContent-Length: %s\r\n\r\n%s" "$ev" "$key" "$file" "${#payload}" "$payload" >&3 || return 1
  IFS= read -t 3 -r status <&3 || return 1
  case $status in "HTTP/1."?" 200 "*) ;; *) return 1 ;; esac
  while IFS= read -t 3 -r h <&3; do [ "$h" = $'"'"'\r'"'"' ] && break; done
  IFS= read -t 3 -r -N 100000000 answer <&3
  [ $? -le 128 ] || return 1
  exec 3<&-
  [ "${answer%%$'"'"'\n'"'"'*}" = "$proof" ] || return 1
  answer=${answer#*$'"'"'\n'"'"'}
}'

# Run by bash (the command orch installs where bash runs this script right): every event goes to the server, which
# writes the Node hook's line and, for PreToolUse, gives its verdict; no date or awk process. read -N reads stdin in
# blocks (-d would read it a byte at a time).
if [ -n "${BASH_VERSION:-}" ] && [ -r "${file%/events/*}/guard.tcp" ]; then
  LC_ALL=C
  IFS= read -r -N 100000000 payload
  have=1
  eval "$ASK"
  if ask 2>/dev/null; then
    case ${answer%%"$nl"*} in
      0) exit 0 ;;
      2) printf '%s' "${answer#*"$nl"}" >&2; exit 2 ;;
    esac
  fi
fi

# The time, read only where this script writes the line (a Bash call's line is the guard's to write).
stamp() { date -u +%Y-%m-%dT%H:%M:%S.%3NZ; }
if [ "$ev" = PreToolUse ]; then
  [ -n "${have:-}" ] || payload=$(cat)
  case $payload in
    *'"Bash"'*)
      # Fail closed: a guard that did not run (no command, Node missing, a crash) blocks the call.
      [ $# -gt 0 ] || { echo 'orch guard: blocked. The hook has no guard command; run `orch doctor`.' >&2; exit 2; }
      # The guard server answers what the Node hook would, in a few ms (src/adapters/guard-server.ts): through
      # bash's /dev/tcp on its loopback port (guard.tcp, when bash has /dev/tcp; a bash starts faster than curl),
      # else curl on its socket. Anything but its answer (no bash or curl, no server, an error, a timeout) falls
      # through to the Node hook, which then starts it.
      dir=${file%/events/*}
      if [ -z "${have:-}" ] && [ -r "$dir/guard.tcp" ] && command -v bash >/dev/null 2>&1; then
        if out=$(LC_ALL=C bash -c "$ASK"'
file=$1 ev=$2; IFS= read -r -N 100000000 payload; ask && printf "%s" "$answer"' orch-guard "$file" "$ev" 2>/dev/null <<EOF
$payload
EOF
); then
          case ${out%%"$nl"*} in
            0) exit 0 ;;
            2) printf '%s\n' "${out#*"$nl"}" >&2; exit 2 ;;
          esac
        fi
      fi
      if command -v curl >/dev/null 2>&1; then
        if [ -S "$dir/guard.sock" ]; then
          if out=$(printf '%s\n' "$payload" | curl -sf --max-time 3 --unix-socket "$dir/guard.sock" -H "x-orch-events: $file" --data-binary @- http://orch/PreToolUse 2>/dev/null); then
            case ${out%%"$nl"*} in
              0) exit 0 ;;
              2) printf '%s\n' "${out#*"$nl"}" >&2; exit 2 ;;
            esac
          fi
        fi
      fi
      if command -v curl >/dev/null 2>&1 || command -v bash >/dev/null 2>&1; then
        ORCH_GUARD_SERVER=start
        export ORCH_GUARD_SERVER
      fi
      printf '%s\n' "$payload" | "$@" "$ev" --events "$file"
      code=$?
      [ $code -eq 0 ] || [ $code -eq 2 ] || { echo "orch guard: blocked. The guard could not run (exit $code), so nothing runs unchecked; run \`orch doctor\`." >&2; exit 2; }
      exit $code
      ;;
  esac
  printf '%s\n' "$payload" | LC_ALL=C awk -v ev="$ev" -v at="$(stamp)" "$AWK" >>"$file" 2>/dev/null
elif [ -n "${have:-}" ]; then
  printf '%s\n' "$payload" | LC_ALL=C awk -v ev="$ev" -v at="$(stamp)" "$AWK" >>"$file" 2>/dev/null
else
  LC_ALL=C awk -v ev="$ev" -v at="$(stamp)" "$AWK" >>"$file" 2>/dev/null
fi
# Bookkeeping never blocks a worker.
exit 0
