#!/bin/sh
# The "same facts" reference of bench/run.mjs: what `orch list|dash|monitor --json` reads, gathered by a POSIX shell
# script with orch's parallelism, timed as a process from spawn to exit exactly like orch. orch over this is orch's
# own cost (Node start-up, loading its code, deciding states), not the cost of the facts.
#
#   same-facts.sh list|dash|monitor <repo> <tmux socket> <session> <base ref> <workers file>
#
# <workers file>: one worker per line, "name<TAB>worktree<TAB>events file". The facts, as orch gathers them
# (src/flows/watch/inspect.ts, collisions.ts):
#   1. at once: the windows (tmux list-windows -a) and the worktrees (git worktree list --porcelain);
#   2. at once: ahead/behind of every worktree in three git calls (rev-parse, merge-base --octopus, rev-list
#      --parents); for dash and monitor every screen in one tmux call; per worker, 8 at a time, the tail of its
#      events file and `git status --porcelain --branch --untracked-files=all`;
#   3. the collision radar (list, dash and monitor all show collisions), 4 workers at a time: merge-base with the
#      base, then the diff against it and the untracked files at once;
#   and the worktrees folder listing (zombies).
# Everything goes to stdout (the bench checks it on every run).
set -eu
mode=$1 repo=$2 socket=$3 session=$4 base=$5 workers=$6
export repo socket session base

git -C "$repo" worktree list --porcelain >"$workers.wt" &
tmux -L "$socket" list-windows -a -F '#{session_name}	#{window_name}	#{window_id}	#{pane_dead}	#{pane_dead_status}	#{pane_pid}	#{pane_current_command}' &
wait

heads=$(sed -n 's/^HEAD //p' "$workers.wt")
{
  b=$(git -C "$repo" rev-parse --verify --quiet "$base^{commit}")
  # shellcheck disable=SC2086
  common=$(git -C "$repo" merge-base --octopus "$b" $heads | head -n 1)
  # shellcheck disable=SC2086
  git -C "$repo" rev-list --parents "$b" $heads --not "$common" | wc -l | sed 's/^/ahead-behind commits above the fork point: /'
} &

if [ "$mode" != list ]; then
  (
    mark="orch-screen-end-$$"
    set --
    while IFS='	' read -r name _ _; do
      [ $# -gt 0 ] && set -- "$@" ';'
      set -- "$@" capture-pane -p -t "=$session:=$name" ';' display-message -p "$mark"
    done <"$workers"
    tmux -L "$socket" "$@"
  ) &
fi

# shellcheck disable=SC2016
cut -f2,3 "$workers" | tr '\t' '\n' | xargs -n 2 -P 8 sh -c 'tail -c 65536 "$2" | tail -n 50 >/dev/null; git -C "$1" status --porcelain --branch --untracked-files=all' _
wait

# shellcheck disable=SC2016
cut -f2 "$workers" | xargs -n 1 -P 4 sh -c '
  mb=$(git -C "$1" merge-base HEAD "$base" | head -n 1)
  git -C "$1" diff -U0 --no-color --no-ext-diff --no-renames "$mb" | grep -c "^@@" | sed "s/^/hunks: /" &
  git -C "$1" ls-files --others --exclude-standard | wc -l | sed "s/^/untracked: /" &
  wait' _
ls "$(dirname "$(head -n 1 "$workers" | cut -f2)")" | wc -l | sed 's/^/worktree folders: /'
