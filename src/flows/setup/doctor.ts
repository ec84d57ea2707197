import { run } from '../../adapters/proc.js';
import { loadConfig } from '../../config/load.js';
import type { Config } from '../../config/resolve.js';
import { resolvePreset } from '../../core/presets.js';
import { OrchError } from '../../errors.js';
import { workerChecks } from './doctor-worker.js';
import { githubChecks } from './doctor-github.js';
import { baseProtectionCheck } from './doctor-protection.js';
import { hooksCheck } from './doctor-hooks.js';
import { hostChecks } from './doctor-hosts.js';

/** fail = something orch needs is missing (exit 1); warn = works, but worth fixing; unknown = could not tell. */
export type CheckStatus = 'ok' | 'warn' | 'fail' | 'unknown';

export interface DoctorCheck { check: string; status: CheckStatus; detail: string; fix?: string }

export interface DoctorReport { ok: boolean; checks: DoctorCheck[]; fixes: string[] }

export interface DoctorOptions { cwd: string; configFile: string | undefined; env: NodeJS.ProcessEnv; checkLogin: boolean; offline: boolean }

/** git 2.31 brought `rev-parse --path-format=absolute`, which finding the main checkout from a worktree relies on. */
const MIN_GIT: [number, number] = [2, 31];
const MIN_NODE: [number, number] = [20, 19];

function atLeast(v: string, min: [number, number]): boolean {
  const m = /(\d+)\.(\d+)/.exec(v);
  if (!m) return false;
  const [maj, minr] = [Number(m[1]), Number(m[2])];
  return maj > min[0] || (maj === min[0] && minr >= min[1]);
}

/** `orch doctor`: every check runs (one failure never hides the next), each with the fix for it. */
export async function doctorFlow(o: DoctorOptions): Promise<DoctorReport> {
  const checks: DoctorCheck[] = [];
  const node = process.versions.node;
  checks.push(atLeast(node, MIN_NODE) ? { check: 'node', status: 'ok', detail: `v${node}` } : { check: 'node', status: 'fail', detail: `v${node} is too old`, fix: 'install Node.js 20.19 or newer' });
  checks.push(await gitCheck());

  const loaded = await configCheck(o);
  checks.push(...loaded.checks);
  const cfg = loaded.config;
  const mux = cfg?.mux ?? (process.platform === 'win32' ? 'psmux' : 'tmux');
  checks.push(
    cfg?.muxFallback
      ? {
          check: 'multiplexer',
          status: 'warn',
          detail: `${process.platform === 'win32' ? 'psmux' : 'tmux'} not found on PATH: workers run headless (background processes with log files; no window to watch or type into)`,
          fix: `${process.platform === 'win32' ? 'install psmux (winget install psmux)' : 'install tmux (apt-get install tmux / brew install tmux)'} for interactive workers, or set "mux": "headless" in .claude/session-plugin.json to keep headless`,
        }
      : await muxCheck(mux, o.env),
  );
  checks.push(...(await workerChecks(cfg?.worker ?? resolvePreset('claude', {}), o.env, { checkLogin: o.checkLogin })));
  checks.push(hooksCheck(o.env));
  if (cfg?.hosts.length) checks.push(...(await hostChecks(cfg)));
  const github = await githubChecks({ githubRepo: cfg?.githubRepo, githubApiUrl: cfg?.githubApiUrl ?? 'https://api.github.com' }, o.env, { offline: o.offline });
  checks.push(...github);
  // Asked only with a token GitHub accepted: otherwise the token check above already says what to fix first.
  if (cfg?.githubRepo && !o.offline && github.every((c) => c.status === 'ok')) checks.push(await baseProtectionCheck({ ...cfg, githubRepo: cfg.githubRepo }, o.env));

  const fixes = checks.filter((c) => c.fix && c.status !== 'ok').map((c) => `${c.check}: ${c.fix}`);
  return { ok: !checks.some((c) => c.status === 'fail'), checks, fixes };
}

async function gitCheck(): Promise<DoctorCheck> {
  const g = await run('git', ['--version']);
  if (g.exitCode !== 0) return { check: 'git', status: 'fail', detail: 'git not found', fix: 'install git 2.31 or newer (https://git-scm.com/downloads)' };
  const v = g.stdout.trim();
  return atLeast(v, MIN_GIT) ? { check: 'git', status: 'ok', detail: v } : { check: 'git', status: 'fail', detail: `${v} is too old`, fix: 'install git 2.31 or newer' };
}

async function configCheck(o: DoctorOptions): Promise<{ config: Config | undefined; checks: DoctorCheck[] }> {
  try {
    const config = await loadConfig({ cwd: o.cwd, configFile: o.configFile, env: o.env });
    const warnings: DoctorCheck[] = config.warnings.map((w) => ({ check: 'config', status: 'warn', detail: w, fix: `edit ${config.configPath}: ${w}` }));
    return { config, checks: [{ check: 'config', status: 'ok', detail: config.configPath }, ...warnings] };
  } catch (e) {
    if (!(e instanceof OrchError)) throw e;
    // The rest still runs with the defaults, so one doctor run shows everything.
    return { config: undefined, checks: [{ check: 'config', status: 'fail', detail: `${e.message} (the checks below assume the defaults)`, fix: e.hint ?? 'run `orch init`' }] };
  }
}

async function muxCheck(kind: string, env: NodeJS.ProcessEnv): Promise<DoctorCheck> {
  if (kind === 'headless') return { check: 'multiplexer', status: 'ok', detail: 'headless: workers run as background processes logging to files; no tmux needed' };
  const bin = kind === 'psmux' ? env.ORCH_PSMUX_BIN || 'psmux' : env.ORCH_TMUX_BIN || 'tmux';
  const m = await run(bin, ['-V'], { timeoutMs: 10_000 });
  if (m.exitCode === 0) return { check: 'multiplexer', status: 'ok', detail: m.stdout.trim() || bin };
  const install = kind === 'psmux' ? 'install psmux (winget install psmux)' : 'install tmux (apt-get install tmux / brew install tmux)';
  return { check: 'multiplexer', status: 'fail', detail: `${bin} not found on PATH`, fix: `${install}, or set "mux": "headless" in .claude/session-plugin.json` };
}
