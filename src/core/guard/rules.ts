import type { ScanStore } from './scan.js';
import type { Cmd } from './tokens.js';

/** Every rule the guard applies; `guard.disable` takes these names. */
export const RULES = {
  'merge-pr': 'merging pull requests is for a human: finish with `orch finish <name>` and leave the PR open for review.',
  'push-base': 'pushing to the base branch is not allowed; push your own branch (orch finish does it).',
  'delete-base': 'the base branch must never be deleted or renamed; work on your own branch and leave it alone.',
  'force-push': "force pushes without --force-with-lease can destroy others' work; use `git push --force-with-lease`.",
  'push-mirror': '`git push --mirror` rewrites every branch on the remote, the base included; push your own branch.',
  'push-all-force': '`git push --all` with a force (or --prune) rewrites every branch, the base included; push your own branch.',
  'push-no-verify': '`--no-verify` skips the pre-push hook that protects the base branch; push without it.',
  'push-unresolved': 'orch cannot tell which branch this push names; spell the branch out.',
  'push-config': 'remote.<name>.push / remote.<name>.mirror decide where a plain `git push` goes; push with an explicit refspec instead.',
  'hooks-path': 'changing core.hooksPath turns off the hooks that protect the base branch; leave it as orch set it.',
  'git-alias': 'git aliases hide commands from the guard; run the git command itself.',
  'orch-destructive': 'removing worktrees or landing work is for the human or the orchestrator; finish with `orch finish <name>` and report WORKTREE_STATUS.',
  'kill-by-name': 'killing processes by name hits other workers and the orchestrator; use `orch server stop` or `orch kill-port <port>`.',
  'opaque-command': 'orch cannot tell which command this runs; spell the command out.',
} as const;

export type RuleName = keyof typeof RULES;

export interface Finding {
  rule: RuleName;
  reason: string;
}

/** What one guard run knows and collects; handlers get it instead of importing the walker (no import cycles). */
export interface Ctx extends ScanStore {
  /** The base branch and any extra protected branch names. */
  protectedBranches: string[];
  disabled: ReadonlySet<string>;
  findings: Finding[];
  depth: number;
  /** Aliases defined earlier in the same command (`shopt -s expand_aliases; alias g=git; g push ...`). */
  aliases: Map<string, string>;
  /** Checks a shell text (a `bash -c` string, an eval, a heredoc script). */
  line(text: string): void;
  /** Checks one command's words; `io` is the outermost simple command, whose stdin the words inherit. */
  argv(words: string[], io: Cmd): void;
}

export function report(ctx: Ctx, rule: RuleName, reason: string = RULES[rule]): void {
  if (!ctx.disabled.has(rule)) ctx.findings.push({ rule, reason });
}

/** Handles one command name: gets the words after it. */
export type Handler = (args: string[], ctx: Ctx, io: Cmd, name: string) => void;

/** The branch a ref names, if it is a local branch ref: `refs/heads/main` and `heads/main` both name main. */
export function branchOf(ref: string): string {
  return ref.replace(/^refs\/heads\//, '').replace(/^heads\//, '');
}

export function isProtected(ctx: Ctx, ref: string): boolean {
  return ctx.protectedBranches.includes(branchOf(ref));
}

/**
 * Index of the first positional argument: skips flags, and the value after any flag listed in `withValue`
 * (long flags written `--x=v` carry their own). `--` ends the options.
 */
export function firstPositional(args: string[], withValue: ReadonlySet<string>, from = 0): number {
  let k = from;
  while (k < args.length) {
    const a = args[k]!;
    if (a === '--') return k + 1;
    if (!a.startsWith('-') || a === '-') return k;
    k += withValue.has(a) ? 2 : 1;
  }
  return k;
}
