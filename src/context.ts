import path from 'node:path';
import { distScript, packageRoot } from './package-root.js';
import { loadConfig } from './config/load.js';
import type { Config } from './config/resolve.js';
import { Registry } from './state/registry.js';
import type { Mux } from './adapters/mux.js';
import { TmuxMux } from './adapters/tmux.js';
import { HeadlessMux } from './adapters/headless.js';
import { hostMux } from './adapters/remote-tmux.js';
import { readFileSync } from 'node:fs';
import { addSecretValues, OrchError } from './errors.js';
import { Output } from './output.js';
import { envFiles } from './core/test-commands.js';
import { envFileValues } from './core/secrets.js';

/** What every command receives: where it runs, global flags, and the output channel. */
export interface Ctx {
  cwd: string;
  configFile: string | undefined;
  json: boolean;
  verbose: boolean;
  env: NodeJS.ProcessEnv;
  out: Output;
}

/** The config plus the adapters built from it; created lazily by the commands that need it. */
export interface Project {
  config: Config;
  registry: Registry;
  mux: Mux;
}

export async function openProject(ctx: Ctx): Promise<Project> {
  const config = await loadConfig({ cwd: ctx.cwd, configFile: ctx.configFile, env: ctx.env });
  for (const w of config.warnings) ctx.out.warn(`${path.relative(ctx.cwd, config.configPath) || config.configPath}: ${w}`);
  if (config.muxFallback && !ctx.json) ctx.out.warn(config.muxFallback);
  registerEnvSecrets(config);
  const registry = await Registry.open(config.repoPath);
  return { config, registry, mux: makeMux(config, registry) };
}

/** The values of the env files workers get are redacted from every line orch prints, like tokens. */
function registerEnvSecrets(config: Config): void {
  for (const rel of envFiles(config.layout)) {
    try {
      addSecretValues(envFileValues(readFileSync(path.join(config.repoPath, rel), 'utf8')));
    } catch {
      /* a missing env file has nothing to hide */
    }
  }
}

export function makeMux(config: Pick<Config, 'mux' | 'muxSocket'> & { hosts?: Config['hosts'] }, registry: Registry): Mux {
  const local = localMux(config, registry);
  // With hosts, remote workers' windows are reached on their host; local ones exactly as before.
  return config.hosts?.length ? hostMux({ hosts: config.hosts, muxSocket: config.muxSocket }, registry, local) : local;
}

function localMux(config: Pick<Config, 'mux' | 'muxSocket'>, registry: Registry): Mux {
  if (config.mux === 'headless') return new HeadlessMux(registry.headlessDir());
  if (config.mux === 'psmux') return new TmuxMux(process.env.ORCH_PSMUX_BIN || 'psmux', config.muxSocket, 'psmux');
  return new TmuxMux(process.env.ORCH_TMUX_BIN || 'tmux', config.muxSocket, 'tmux');
}

export async function requireMux(mux: Mux): Promise<void> {
  if (await mux.available()) return;
  throw new OrchError('mux-missing', `${mux.kind} is not installed or not on PATH`, {
    hint: mux.kind === 'psmux' ? 'install psmux (winget install psmux), or set "mux": "headless" in the config' : 'install tmux (apt-get install tmux / brew install tmux), or set "mux": "headless" in the config',
  });
}

/** Absolute command line for calling this orch from inside a worker, whatever its PATH. */
export function orchInvocation(): string[] {
  const bin = path.join(packageRoot(), 'bin', 'orch.js');
  return [process.execPath, bin];
}

/**
 * The command line a worker runs orch with (its brief, the monitor's nudges): dist/orch.sh, which has the worker
 * server run `orch finish` without a Node start-up and runs everything else with Node ($ORCH_NODE, set in the
 * worker's environment). Plain Node on Windows, or with ORCH_ORCH_SH=0.
 */
export function workerOrchInvocation(env: NodeJS.ProcessEnv = process.env): string[] {
  if (process.platform === 'win32' || env.ORCH_ORCH_SH === '0') return orchInvocation();
  return ['sh', distScript('orch.sh')];
}

export function shellQuote(args: string[]): string {
  return args.map((a) => (/^[A-Za-z0-9_/.:=@%+-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
