import { UNSEEN_STDIN, XARGS, show, subsIn, unresolved } from './markers.js';
import { report, type Handler } from './rules.js';
import type { Cmd } from './tokens.js';

const ORCH_WITH_VALUE = new Set(['--config', '--cwd']);

/** orch commands that remove worktrees or processes belong to the human or the orchestrator, not a worker. */
export const orch: Handler = (args, ctx) => {
  let k = 0;
  while (k < args.length && args[k]!.startsWith('-')) k += ORCH_WITH_VALUE.has(args[k]!) ? 2 : 1;
  const sub = args[k];
  const rest = args.slice(k + 1);
  if (sub === undefined || rest.includes('--help') || rest.includes('-h')) return;
  const has = (long: string, short: string) => rest.some((a) => a.split('=')[0] === long || (/^-[a-zA-Z]+$/.test(a) && a.includes(short)));
  if (unresolved(sub)) report(ctx, 'orch-destructive', `orch cannot tell which orch command \`${show(sub, ctx.subs)}\` runs; spell it out.`);
  else if (sub === 'close' || sub === 'cleanup') report(ctx, 'orch-destructive', `\`orch ${sub}\` removes worktrees and is for the human or the orchestrator; finish with \`orch finish <name>\` and report WORKTREE_STATUS.`);
  else if (sub === 'pull' && has('--yes', 'y')) report(ctx, 'orch-destructive', '`orch pull --yes` lands merged work and removes worktrees; run `orch pull` without --yes to see the status.');
  else if ((sub === 'kill-port' || (sub === 'server' && rest.includes('kill-port'))) && has('--force', 'f')) {
    report(ctx, 'orch-destructive', '`orch kill-port --force` ends a process orch did not start; ask the human, or use `orch kill-port <port>` without --force.');
  }
};

/** The package or bin names that run orch through a package runner (`npx orch`, `npx session-orchestrator`). */
export function isOrchPackage(name: string): boolean {
  return /^(orch|session-orchestrator)(@.*)?$/.test(name);
}

const PID_BY_NAME = /^\s*(pgrep|pidof)\b/;

/** pkill, killall, taskkill /IM, Stop-Process -Name, and `kill` fed by pgrep or pidof. */
export const killByName: Handler = (args, ctx, io, name) => {
  const hit =
    name === 'pkill' ||
    name === 'killall' ||
    (name === 'taskkill' && args.some((a) => /^[/-]im$/i.test(a))) ||
    ((name === 'stop-process' || name === 'spps') && args.some((a) => /^-(n|na|nam|name|processname)(:.*)?$/i.test(a))) ||
    (name === 'kill' && (args.some((a) => /^-name$/i.test(a)) || args.some((a) => subsIn(a).some((s) => PID_BY_NAME.test((ctx.subs[s] ?? '').replace(UNSEEN_STDIN, '')))) || (args.includes(XARGS) && fedByPgrep(io))));
  if (hit) report(ctx, 'kill-by-name');
};

function fedByPgrep(io: Cmd): boolean {
  for (let c = io.pipedFrom; c; c = c.pipedFrom) if (PID_BY_NAME.test(c.argv[0] ?? '')) return true;
  return false;
}
