import { show, unresolved } from './markers.js';
import { branchOf, isProtected, report, type Ctx } from './rules.js';

interface PushFlags {
  force: boolean;
  lease: boolean;
  del: boolean;
  mirror: boolean;
  all: boolean;
  prune: boolean;
  noVerify: boolean;
}

// Options of `git push` / `git send-pack` whose value is the next argument when not written `--x=v`.
const LONG_WITH_VALUE = new Set(['--repo', '--receive-pack', '--exec', '--push-option']);

/** `git push` (and its plumbing `git send-pack`): which refs it writes on the remote, and how. */
export function checkPush(args: string[], ctx: Ctx, verb = 'push'): void {
  const f: PushFlags = { force: false, lease: false, del: false, mirror: false, all: false, prune: false, noVerify: false };
  const positionals: string[] = [];
  const opaque: string[] = [];
  let k = 0;
  for (; k < args.length; k++) {
    const a = args[k]!;
    if (a === '--') {
      positionals.push(...args.slice(k + 1));
      break;
    }
    // An unquoted `$X` may expand to several words, a flag among them: nothing it could be is safe to assume.
    if (unresolved(a)) opaque.push(a);
    else if (a.startsWith('--')) {
      const name = a.split('=')[0]!;
      if (name === '--force') f.force = true;
      else if (name === '--force-with-lease') f.lease = true;
      else if (name === '--no-force-with-lease') f.lease = false;
      else if (name === '--delete') f.del = true;
      else if (name === '--mirror') f.mirror = true;
      else if (name === '--all' || name === '--branches') f.all = true;
      else if (name === '--prune') f.prune = true;
      else if (name === '--no-verify') f.noVerify = true;
      else if (name === '--verify') f.noVerify = false;
      else if (LONG_WITH_VALUE.has(a)) k++;
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'f') f.force = true;
        else if (c === 'd') f.del = true;
        else if (c === 'o') {
          if (j === a.length - 1) k++;
          break;
        }
      }
    } else positionals.push(a);
  }
  for (const r of positionals) if (unresolved(r)) opaque.push(r);
  const refspecs = positionals.slice(1).filter((r) => !unresolved(r));

  for (const r of refspecs) {
    if (r.startsWith('+')) f.force = true;
    const spec = r.replace(/^\+/, '');
    if (spec.startsWith('^')) continue; // a negative refspec only excludes
    if (spec === ':') {
      report(ctx, 'push-base', `\`git ${verb} <remote> :\` pushes every matching branch, the base included; push your own branch by name.`);
      continue;
    }
    if (/[*?[\]]/.test(spec) || /\{[^}]*(,|\.\.)[^}]*\}/.test(spec)) {
      report(ctx, 'push-unresolved', `orch cannot tell which branches \`${spec}\` matches; spell the branch out.`);
      continue;
    }
    const colon = spec.lastIndexOf(':');
    const src = colon < 0 ? spec : spec.slice(0, spec.indexOf(':'));
    const dst = colon < 0 ? spec : spec.slice(colon + 1);
    const deleted = f.del ? spec : src === '' ? dst : undefined;
    if (deleted !== undefined) {
      if (isProtected(ctx, deleted)) report(ctx, 'delete-base', `deleting \`${branchOf(deleted)}\` on the remote is not allowed: the base branch must never be deleted.`);
    } else if (isProtected(ctx, dst)) {
      report(ctx, 'push-base', `pushing to \`${branchOf(dst)}\` is not allowed; push your own branch (orch finish does it).`);
    }
  }
  if (opaque.length) {
    const what = show(opaque[0]!, ctx.subs);
    report(ctx, 'push-unresolved', `orch cannot tell which branch \`${what}\` names; spell the branch out.`);
  }
  if (f.mirror) report(ctx, 'push-mirror');
  if (f.noVerify) report(ctx, 'push-no-verify');
  if (f.all && (f.force || f.lease || f.prune)) report(ctx, 'push-all-force');
  if (f.force && !f.lease) report(ctx, 'force-push');
}
