import { show, unresolved } from './markers.js';
import { checkPush } from './git-push.js';
import { branchOf, isProtected, report, type Ctx, type Handler } from './rules.js';

// Global options that take the next argument as their value (when not written `--x=v`).
const GLOBAL_WITH_VALUE = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--exec-path', '--super-prefix', '--config-env', '--attr-source', '--list-cmds']);

/** `git [global options] <subcommand> ...`: finds the subcommand the way git does, then applies its rules. */
export const git: Handler = (args, ctx) => {
  let k = 0;
  for (; k < args.length; k++) {
    const a = args[k]!;
    if (!a.startsWith('-') || a === '-') break;
    if (a === '-c' || a === '--config-env') configKey(args[k + 1] ?? '', 'set', ctx);
    else if (a.startsWith('--config-env=')) configKey(a.slice('--config-env='.length), 'set', ctx);
    else if (a.startsWith('-c')) configKey(a.slice(2), 'set', ctx);
    if (GLOBAL_WITH_VALUE.has(a)) k++;
  }
  const sub = args[k];
  if (sub === undefined) return;
  const rest = args.slice(k + 1);
  if (unresolved(sub)) report(ctx, 'opaque-command', `orch cannot tell which git command \`${show(sub, ctx.subs)}\` runs; spell it out.`);
  else if (sub === 'push') checkPush(rest, ctx);
  else if (sub === 'send-pack') checkPush(rest, ctx, 'send-pack');
  else if (sub === 'config') config(rest, ctx);
  else if (sub === 'branch') branch(rest, ctx);
  else if (sub === 'update-ref') updateRef(rest, ctx);
};

// Settings whose value git runs as a command are checked and blocked like a command line (`git -c core.pager='gh pr merge 1' log` runs it).
const COMMAND_KEYS = /^(core\.(pager|editor|sshcommand|fsmonitor|askpass)|sequence\.editor|diff\.external|diff\..+\.(textconv|command)|merge\..+\.driver|filter\..+\.(clean|smudge|process)|credential\.helper|gpg(\..+)?\.program|pager\..+|uploadpack\.packobjectshook)$/;

/** Checks a config key being written, whatever spelling (`-c k=v`, `git config k v`, GIT_CONFIG_KEY_0=k). */
export function configKey(keyOrPair: string, how: 'set' | 'unset', ctx: Ctx, value?: string): void {
  const eq = keyOrPair.indexOf('=');
  const key = (eq < 0 ? keyOrPair : keyOrPair.slice(0, eq)).toLowerCase(); // git config keys ignore case: core.HooksPath works too
  const val = value ?? (eq < 0 ? undefined : keyOrPair.slice(eq + 1));
  if (val !== undefined && COMMAND_KEYS.test(key)) ctx.line(val.replace(/^!/, ''));
  if (unresolved(key)) report(ctx, 'hooks-path', `orch cannot tell which setting \`${show(keyOrPair, ctx.subs)}\` changes; spell the key out.`);
  else if (key === 'core.hookspath' || (key === 'core' && how === 'unset')) report(ctx, 'hooks-path');
  else if (key === 'alias' || key.startsWith('alias.')) report(ctx, 'git-alias');
  else if (/^remote\..+\.(push|mirror)$/.test(key)) report(ctx, 'push-config');
}

const CONFIG_WITH_VALUE = new Set(['-f', '--file', '--blob', '--type', '--default', '--comment', '--value', '-t']);
const CONFIG_READS = new Set(['--get', '--get-all', '--get-regexp', '--get-urlmatch', '--get-color', '--get-colorbool', '-l', '--list', '--show-origin', '--show-scope', '--name-only']);
const CONFIG_WRITES = new Set(['--unset', '--unset-all', '--replace-all', '--add', '--rename-section', '--remove-section']);

/** `git config`: blocks writes (set, unset, add, sections) of the guarded keys; reads are fine. */
function config(args: string[], ctx: Ctx): void {
  const positionals: string[] = [];
  let read = false;
  let write = false;
  let unset = false;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (CONFIG_WITH_VALUE.has(a)) k++;
    else if (CONFIG_READS.has(a)) read = true;
    else if (CONFIG_WRITES.has(a)) {
      write = true;
      unset ||= a !== '--add' && a !== '--replace-all';
    } else if (!a.startsWith('-')) positionals.push(a);
  }
  // git 2.46 subcommands: `git config set|unset|get|list|rename-section|remove-section ...`
  const sub = positionals[0];
  if (sub === 'set' || sub === 'unset' || sub === 'rename-section' || sub === 'remove-section') {
    positionals.shift();
    write = true;
    unset = sub !== 'set';
  } else if (sub === 'get' || sub === 'list') return;
  const key = positionals[0];
  if (key === undefined || (read && !write)) return;
  if (write || positionals.length >= 2) configKey(key, unset ? 'unset' : 'set', ctx, positionals[1]);
}

/** `git branch -D|-d|--delete` and renames (`-m`/`-M`) of a protected branch; copies onto it (`-C x main`). */
function branch(args: string[], ctx: Ctx): void {
  let mode: 'delete' | 'move' | 'copy' | undefined;
  let remote = false;
  const names: string[] = [];
  for (const a of args) {
    if (a === '--delete') mode = 'delete';
    else if (a === '--move') mode = 'move';
    else if (a === '--copy') mode = 'copy';
    else if (a === '--remotes') remote = true;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (/[dD]/.test(a)) mode = 'delete';
      else if (/[mM]/.test(a)) mode = 'move';
      else if (/[cC]/.test(a)) mode = 'copy';
      if (a.includes('r')) remote = true;
    } else if (!a.startsWith('-')) names.push(a);
  }
  if (!mode || remote) return;
  const targets = mode === 'copy' ? names.slice(-1) : names;
  for (const n of targets) {
    if (unresolved(n)) report(ctx, 'delete-base', `orch cannot tell which branch \`${show(n, ctx.subs)}\` names; spell the branch out.`);
    else if (isProtected(ctx, n)) report(ctx, 'delete-base', `\`git branch\` must not ${mode === 'delete' ? 'delete' : 'overwrite or rename'} \`${branchOf(n)}\`: the base branch stays as it is.`);
  }
}

/** `git update-ref -d refs/heads/<base>`; refs fed on stdin cannot be seen. */
function updateRef(args: string[], ctx: Ctx): void {
  if (args.includes('--stdin')) {
    report(ctx, 'delete-base', 'orch cannot see the refs `git update-ref --stdin` changes; update refs one by one with their names spelled out.');
    return;
  }
  if (!args.includes('-d')) return;
  const ref = args.find((a) => !a.startsWith('-'));
  if (ref && isProtected(ctx, ref)) report(ctx, 'delete-base', `deleting \`${branchOf(ref)}\` is not allowed: the base branch must never be deleted.`);
  else if (ref && unresolved(ref)) report(ctx, 'delete-base', `orch cannot tell which ref \`${show(ref, ctx.subs)}\` names; spell it out.`);
}
