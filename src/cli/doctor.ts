import type { Command } from 'commander';
import { makeCtx, type GlobalOpts } from './common.js';
import { doctorFlow, type CheckStatus } from '../flows/setup/doctor.js';
import { OrchError } from '../errors.js';

const LABEL: Record<CheckStatus, string> = { ok: 'ok     ', warn: 'warn   ', fail: 'FAIL   ', unknown: 'unknown' };

export function register(program: Command): void {
  program
    .command('doctor')
    .helpGroup('Set up:')
    .description('check git, the multiplexer, the worker command and its login, the GitHub token (never printed) and the config; print what to fix')
    .option('--check-login', 'ask the worker CLI to answer one short prompt (costs one request)')
    .option('--offline', 'do not ask GitHub about the token')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExit code 1 when something orch needs is missing.\n\nExample:\n  orch doctor\n  orch doctor --check-login --json')
    .action(async (o: { checkLogin?: boolean; offline?: boolean }, cmd: Command) => {
      const ctx = makeCtx(cmd.optsWithGlobals() as GlobalOpts);
      const r = await doctorFlow({ cwd: ctx.cwd, configFile: ctx.configFile, env: ctx.env, checkLogin: Boolean(o.checkLogin), offline: Boolean(o.offline) });
      if (ctx.json) ctx.out.json({ ...r, checks: r.checks.map((c) => ({ ...c, fix: c.fix ?? null })) });
      else {
        const width = Math.max(...r.checks.map((c) => c.check.length));
        const lines = r.checks.map((c) => `${LABEL[c.status]} ${c.check.padEnd(width)}  ${c.detail.replace(/\n/g, `\n${' '.repeat(width + 10)}`)}`);
        ctx.out.data([...lines, ...(r.fixes.length ? ['', 'To fix:', ...r.fixes.map((f) => `  ${f}`)] : ['', 'Nothing to fix.'])].join('\n'));
      }
      // The report is already on stdout (one JSON document with --json); this only sets the exit code.
      if (!r.ok) throw new OrchError('reported', 'doctor found something orch needs missing', { exitCode: 1 });
    });
}
