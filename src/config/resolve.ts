import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { configSchema, DEFAULT_PRICING, type Layout, type RawConfig } from './schema.js';
import { resolvePreset, type WorkerPreset } from '../core/presets.js';
import { sessionNameFor } from '../core/naming.js';
import { didYouMean } from '../core/did-you-mean.js';
import { ConfigError } from '../errors.js';
import { findExecutable } from '../adapters/which.js';

export type MuxKind = 'tmux' | 'psmux' | 'headless';

/** The validated config with every default filled in and every path absolute. */
export interface Config {
  configPath: string;
  projectName: string;
  repoPath: string;
  worktreesPath: string;
  session: string;
  githubRepo: string | undefined;
  githubApiUrl: string;
  defaultBranch: string;
  worker: WorkerPreset;
  worktreeDeps: 'junction' | 'install';
  devServer: RawConfig['devServer'];
  review: RawConfig['review'];
  dataFlow: RawConfig['dataFlow'];
  teams: RawConfig['teams'];
  layout: Layout;
  mux: MuxKind;
  /** Set when mux was not configured and its default (tmux, psmux on Windows) is not on PATH: what headless means. */
  muxFallback: string | undefined;
  muxSocket: string | undefined;
  maxWorkers: number;
  hosts: RawConfig['hosts'];
  queue: RawConfig['queue'];
  ci: RawConfig['ci'];
  stuckAfterMin: number;
  guard: RawConfig['guard'];
  notify: RawConfig['notify'];
  pricing: RawConfig['pricing'];
  limits: RawConfig['limits'];
  recovery: RawConfig['recovery'];
  budget: RawConfig['budget'];
  warnings: string[];
}

/** Validates raw JSON from `file` and resolves it; every problem is reported at once. */
export function resolveConfig(data: unknown, file: string, env: NodeJS.ProcessEnv = process.env): Config {
  const warnings = unknownFieldWarnings(data);
  const parsed = configSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map(describeIssue);
    throw new ConfigError(`${file}: ${problems.length} problem${problems.length > 1 ? 's' : ''} in the session config:\n  ${problems.join('\n  ')}`, problems, 'fix the fields above, then run `orch config` to check');
  }
  const raw = parsed.data;
  const problems: string[] = [];
  const configDir = path.dirname(file);
  // .claude/session-plugin.json -> the repo is the folder above .claude.
  const defaultRepo = path.basename(configDir) === '.claude' ? path.dirname(configDir) : configDir;
  // Relative paths are relative to the repository (the folder above .claude), so a committed file works in every clone.
  const repoPath = path.resolve(defaultRepo, raw.repoPath ?? '.');
  const projectName = raw.projectName ?? path.basename(repoPath);
  const worktreesPath = path.resolve(repoPath, raw.worktreesPath ?? path.join('..', `${path.basename(repoPath)}-worktrees`));
  if (!existsSync(repoPath) || !statSync(repoPath).isDirectory()) {
    problems.push(`repoPath: expected an existing git checkout, got "${raw.repoPath ?? repoPath}" (folder not found)`);
  } else if (!existsSync(path.join(repoPath, '.git'))) {
    problems.push(`repoPath: expected a git checkout, got "${repoPath}" (no .git in it)`);
  }
  const rel = path.relative(repoPath, worktreesPath);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    problems.push(`worktreesPath: expected a folder outside the repository, got "${worktreesPath}" (inside repoPath)`);
  }
  if (problems.length) {
    throw new ConfigError(`${file}: ${problems.length} problem${problems.length > 1 ? 's' : ''} in the session config:\n  ${problems.join('\n  ')}`, problems, 'fix the paths above, then run `orch config` to check');
  }
  const workerCmdPath = raw.workerCmdPath ?? raw.claudeCmdPath;
  // The README's promise: without tmux, workers still run, headless. An explicit "mux" is never second-guessed.
  const defaultMux = process.platform === 'win32' ? 'psmux' : 'tmux';
  const muxBin = defaultMux === 'psmux' ? env.ORCH_PSMUX_BIN || 'psmux' : env.ORCH_TMUX_BIN || 'tmux';
  const fallback =
    raw.mux || findExecutable(muxBin, env)
      ? undefined
      : `${defaultMux} is not on PATH, so workers run headless: each is a background process logging to a file (list, dash, monitor, result, finish and close work; there is no window to watch, and send, approve and deny cannot type into it). Install ${defaultMux} for interactive workers, or set "mux": "headless" to keep this and silence the warning`;
  return {
    configPath: file,
    projectName,
    repoPath,
    worktreesPath,
    session: raw.psmuxSession ?? sessionNameFor(projectName),
    githubRepo: raw.githubRepo,
    githubApiUrl: raw.githubApiUrl,
    defaultBranch: raw.defaultBranch,
    worker: resolvePreset(raw.workerCli, { workerCmdPath, codexCmdPath: raw.codexCmdPath }),
    worktreeDeps: raw.worktreeDeps,
    devServer: raw.devServer,
    review: raw.review,
    dataFlow: raw.dataFlow,
    teams: raw.teams,
    layout: raw.layout,
    mux: raw.mux ?? (fallback ? 'headless' : defaultMux),
    muxFallback: fallback,
    muxSocket: env.ORCH_MUX_SOCKET || raw.muxSocket,
    maxWorkers: raw.maxWorkers,
    hosts: raw.hosts,
    queue: raw.queue,
    ci: raw.ci,
    stuckAfterMin: raw.stuckAfterMin,
    guard: raw.guard,
    notify: raw.notify,
    // Entries given in the file override the built-in table model by model; the rest stay.
    pricing: { ...DEFAULT_PRICING, ...raw.pricing },
    limits: raw.limits,
    recovery: raw.recovery,
    budget: raw.budget,
    warnings,
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  const got = 'input' in issue ? formatValue(issue.input) : undefined;
  let expected: string;
  switch (issue.code) {
    case 'invalid_value':
      expected = `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
      break;
    case 'invalid_union':
      expected =
        where.endsWith('layout') || where.includes('layout.')
          ? 'expected layout.type "root" or "monorepo-split"'
          : `expected ${issue.message.replace(/^Invalid input:?\s*/i, '') || 'one of the allowed forms'}`;
      if ((issue as { note?: string }).note === 'No matching discriminator') {
        const inp = issue.input as { type?: unknown } | undefined;
        const input = inp && typeof inp === 'object' && 'type' in inp ? inp.type : inp;
        return `${where.endsWith('.type') ? where : `${where}.type`}: expected "root" or "monorepo-split", got ${formatValue(input)}`;
      }
      break;
    case 'invalid_type':
      expected = `expected ${issue.expected}`;
      break;
    default:
      expected = issue.message.startsWith('expected') ? issue.message : `expected ${issue.message.replace(/^Invalid\s*/i, '').replace(/^input:?\s*/i, '') || 'a valid value'}`;
  }
  return got === undefined ? `${where}: ${expected}` : `${where}: ${expected}, got ${got}`;
}

function formatValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The field names of an object schema under its optional/default wrappers. */
function objectFields(schema: unknown): string[] {
  let s = schema as { shape?: Record<string, unknown>; _zod?: { def?: { innerType?: unknown } } } | undefined;
  for (let i = 0; i < 5 && s && !s.shape; i++) s = s._zod?.def?.innerType as typeof s;
  return s?.shape ? Object.keys(s.shape) : [];
}

function unknownFieldWarnings(data: unknown): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const out: string[] = [];
  const check = (obj: unknown, known: readonly string[], prefix: string) => {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return;
    for (const key of Object.keys(obj)) {
      if (key.startsWith('$') || key.startsWith('_') || known.includes(key)) continue;
      const guess = didYouMean(key, known);
      out.push(`unknown field ${prefix}${key}${guess ? ` (did you mean ${prefix}${guess}?)` : ''}: ignored`);
    }
  };
  const d = data as Record<string, unknown>;
  check(d, Object.keys(configSchema.shape), '');
  // Read from the schema, so a field added there is never warned about as unknown.
  for (const key of ['devServer', 'review', 'notify', 'queue', 'ci', 'guard', 'limits', 'recovery', 'budget'] as const) check(d[key], objectFields(configSchema.shape[key]), `${key}.`);
  check(d.layout, ['type', 'envFiles', 'nodeModules', 'testCmd', 'parts'], 'layout.');
  return out;
}
