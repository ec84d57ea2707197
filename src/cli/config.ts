import type { Command } from 'commander';
import { action } from './common.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/resolve.js';

/** The resolved config under the names the file uses (psmuxSession, workerCli), valid as a config file itself. */
export function fileFields(config: Config): Record<string, unknown> {
  const { configPath: _path, warnings: _warnings, muxFallback: _fallback, session, worker, ...rest } = config;
  const { name, handshake: _handshake, ready, ...preset } = worker;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) {
    if (k === 'mux') out.psmuxSession = session; // keep the file's usual order: the session next to the multiplexer
    if (k === 'worktreeDeps') out.workerCli = { preset: name, ...preset, ready: { matchAny: ready } };
    out[k] = v;
  }
  if (!('psmuxSession' in out)) out.psmuxSession = session;
  if (!('workerCli' in out)) out.workerCli = { preset: name, ...preset, ready: { matchAny: ready } };
  return out;
}

export function register(program: Command): void {
  program
    .command('config')
    .helpGroup('Set up:')
    .description('print the resolved session config with defaults filled in and where it was found')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  orch config\n  orch config --json --config ./other/.claude/session-plugin.json')
    .action(
      action(async (ctx) => {
        const config = await loadConfig({ cwd: ctx.cwd, configFile: ctx.configFile, env: ctx.env });
        for (const w of config.warnings) ctx.out.warn(w);
        const fields = fileFields(config);
        // The file's own field names, and only JSON on stdout: the output can be pasted back into the file.
        if (!ctx.json) ctx.out.info(`# ${config.configPath} (resolved: every default filled in, paths absolute)`);
        return { data: { file: config.configPath, config: fields, warnings: config.warnings }, text: JSON.stringify(fields, null, 2) };
      }),
    );
}
