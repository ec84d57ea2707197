/**
 * Guard rails for worker Bash commands, enforced by the PreToolUse hook (exit 2 blocks the call even under
 * --dangerously-skip-permissions). Pure and dependency-free: it runs on the hook's hot path.
 */
export interface GuardRule { name: string; test: (cmd: string, base: string) => boolean; why: string }

const words = (seg: string) => seg.trim().split(/\s+/);

function pushArgs(seg: string): string[] | undefined {
  const w = words(seg);
  const i = w.findIndex((x, k) => x === 'push' && w.slice(0, k).includes('git'));
  return i >= 0 ? w.slice(i + 1) : undefined;
}

function targetsBase(args: string[], base: string): boolean {
  // First positional is the remote; ':branch' is a deletion, judged by the delete-base rule.
  const refs = args.filter((a) => !a.startsWith('-')).slice(1).filter((r) => !r.startsWith(':'));
  return refs.some((r) => {
    const dst = r.replace(/^\+/, '').split(':').pop() ?? '';
    return dst === base || dst === `refs/heads/${base}`;
  });
}

export const DEFAULT_RULES: GuardRule[] = [
  {
    name: 'merge-pr',
    test: (c) => /\bgh\s+pr\s+merge\b/.test(c) || /\bhub\s+merge\b/.test(c) || (/\b(gh\s+api|curl|wget|http)\b/.test(c) && /\/pulls\/\d+\/merge\b|\/merges\b/.test(c)),
    why: 'merging pull requests is for a human: finish with `orch finish <name>` and leave the PR open for review.',
  },
  {
    name: 'push-base',
    test: (c, base) => {
      const a = pushArgs(c);
      return !!a && !a.includes('--delete') && !a.includes('-d') && targetsBase(a, base);
    },
    why: 'pushing to the base branch is not allowed; push your own branch (orch finish does it).',
  },
  {
    name: 'force-push',
    test: (c) => {
      const a = pushArgs(c);
      return !!a && a.some((x) => x === '--force' || x === '-f' || /^-[a-zA-Z]*f/.test(x) || x.startsWith('+')) && !a.some((x) => x.startsWith('--force-with-lease'));
    },
    why: 'force pushes without --force-with-lease can destroy others\' work.',
  },
  {
    name: 'delete-base',
    test: (c, base) => {
      const a = pushArgs(c);
      if (a && (a.includes('--delete') || a.includes('-d')) && a.some((x) => x === base || x === `refs/heads/${base}`)) return true;
      if (a && a.some((x) => x === `:${base}` || x === `:refs/heads/${base}`)) return true;
      return new RegExp(`\\bgit\\s+branch\\s+(-D|-d|--delete)\\b.*\\s${escapeRe(base)}(\\s|$)`).test(c);
    },
    why: 'the base branch must never be deleted.',
  },
  {
    name: 'kill-by-name',
    test: (c) => /(^|[\s;&|(])(pkill|killall)\b/.test(c) || /\btaskkill\b.*\/IM\b/i.test(c) || /\bStop-Process\b.*-Name\b/i.test(c),
    why: 'killing processes by name hits other workers and the orchestrator; use `orch server stop` or `orch kill-port <port>`.',
  },
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits a shell line into simple commands, so a forbidden command chained after `cd x &&` is still seen. */
export function segments(cmd: string): string[] {
  return cmd.split(/&&|\|\||[;|\n]|\$\(|`/).map((s) => s.trim()).filter(Boolean);
}

/** The reason a command is blocked, or undefined when it may run. */
export function guardVerdict(cmd: string, cfg?: { deny?: string[]; disable?: string[]; base?: string }): string | undefined {
  const base = cfg?.base || 'main';
  const disabled = new Set(cfg?.disable ?? []);
  for (const seg of [cmd, ...segments(cmd)]) {
    for (const r of DEFAULT_RULES) {
      if (!disabled.has(r.name) && r.test(seg, base)) return `${r.name}: ${r.why}`;
    }
  }
  for (const pat of cfg?.deny ?? []) {
    try {
      if (new RegExp(pat).test(cmd)) return `guard.deny ${JSON.stringify(pat)}: this command is blocked by the project's session config.`;
    } catch {
      /* an invalid pattern is reported by `orch doctor`, never by blocking */
    }
  }
  return undefined;
}
