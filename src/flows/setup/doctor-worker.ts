import os from 'node:os';
import path from 'node:path';
import { readFileSync } from '../../adapters/fs.js';
import { run } from '../../adapters/proc.js';
import { findExecutable } from '../../adapters/which.js';
import type { WorkerPreset } from '../../core/presets.js';
import { redact } from '../../errors.js';
import type { DoctorCheck } from './doctor.js';

/** The worker command: installed? For claude also: will it refuse root, and is it logged in? */
export async function workerChecks(worker: WorkerPreset, env: NodeJS.ProcessEnv, o: { checkLogin: boolean }): Promise<DoctorCheck[]> {
  const where = findExecutable(worker.cmd, env);
  if (!where) {
    const fix = worker.name === 'claude' ? 'install it (npm install -g @anthropic-ai/claude-code) or set workerCmdPath in the config' : `install ${worker.cmd} or set workerCli.cmd in the config`;
    return [{ check: 'worker command', status: 'fail', detail: `${worker.cmd} not found`, fix }];
  }
  const v = await run(where, ['--version'], { timeoutMs: 15_000 });
  const version = v.exitCode === 0 && v.stdout ? ` (${v.stdout.split('\n')[0]})` : '';
  const out: DoctorCheck[] = [{ check: 'worker command', status: 'ok', detail: `${where}${version}` }];
  if (worker.name !== 'claude') {
    if (worker.name === 'codex') out.push({ check: 'worker login', status: 'unknown', detail: 'not checked for codex: run `codex` once by hand to be sure' });
    return out;
  }
  const wenv = { ...env, ...worker.setEnv };
  // The CLI's own rule: getuid()===0 && IS_SANDBOX!=="1" && !CLAUDE_CODE_BUBBLEWRAP refuses bypass mode.
  if (process.getuid?.() === 0 && worker.args.includes('--dangerously-skip-permissions') && wenv.IS_SANDBOX !== '1' && !wenv.CLAUDE_CODE_BUBBLEWRAP) {
    out.push({
      check: 'worker as root',
      status: 'fail',
      detail: 'orch runs as root: claude refuses --dangerously-skip-permissions as root',
      fix: 'run orch as a normal user, or set IS_SANDBOX=1 in workerCli.setEnv when this machine is a disposable sandbox',
    });
  }
  out.push(o.checkLogin ? await askClaude(worker, wenv) : onboardingState(wenv));
  return out;
}

/** Free and offline: ~/.claude.json records a finished onboarding; it cannot prove the login still works. */
function onboardingState(env: NodeJS.ProcessEnv): DoctorCheck {
  const dirs = [env.CLAUDE_CONFIG_DIR, env.HOME || os.homedir()].filter((d): d is string => Boolean(d));
  for (const dir of dirs) {
    const file = path.join(dir, '.claude.json');
    try {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { hasCompletedOnboarding?: boolean };
      if (doc.hasCompletedOnboarding) {
        return { check: 'worker login', status: 'ok', detail: `onboarding done (${file}); \`orch doctor --check-login\` also asks the CLI` };
      }
    } catch {
      /* missing or unreadable: try the next place */
    }
  }
  return {
    check: 'worker login',
    status: 'unknown',
    detail: 'unknown: no finished onboarding in ~/.claude.json',
    fix: 'run `claude` once by hand and log in, or check with `orch doctor --check-login` (sends one short request)',
  };
}

/** Costs one small request, so only with --check-login. Auth errors still exit 0 in `subtype`; is_error tells. */
async function askClaude(worker: WorkerPreset, env: NodeJS.ProcessEnv): Promise<DoctorCheck> {
  const cleared: Record<string, string | undefined> = { ...env };
  for (const k of worker.clearEnv) cleared[k] = undefined;
  const r = await run(worker.cmd, ['-p', 'hi', '--output-format', 'json'], { cwd: os.tmpdir(), env: cleared, extendEnv: false, timeoutMs: 60_000 });
  let doc: { is_error?: boolean; result?: string } = {};
  try {
    doc = JSON.parse(r.stdout) as typeof doc;
  } catch {
    /* not JSON: judged by the text below */
  }
  const said = redact(String(doc.result ?? (r.stdout || r.stderr)).split('\n')[0] ?? '').slice(0, 120);
  if (r.exitCode === 0 && doc.is_error === false) return { check: 'worker login', status: 'ok', detail: 'logged in (claude -p answered)' };
  if (/Not logged in/i.test(said)) return { check: 'worker login', status: 'fail', detail: `claude is not logged in: "${said}"`, fix: 'run `claude` once by hand and log in (or set ANTHROPIC_API_KEY)' };
  if (/Invalid API key/i.test(said)) return { check: 'worker login', status: 'fail', detail: `claude rejects its API key: "${said}"`, fix: 'fix ANTHROPIC_API_KEY, or unset it and log in with `claude`' };
  if (r.failed && r.exitCode !== 1) return { check: 'worker login', status: 'unknown', detail: 'claude -p gave no answer within 60s', fix: 'check the network; `claude -p hi` shows what happens' };
  return { check: 'worker login', status: 'unknown', detail: `claude -p answered: "${said || `exit ${r.exitCode}`}"`, fix: 'run `claude -p hi` by hand to see why' };
}
