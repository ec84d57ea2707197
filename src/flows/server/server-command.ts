import path from 'node:path';
import { existsSync, readFileSync } from '../../adapters/fs.js';
import type { Config } from '../../config/resolve.js';
import { substitutePorts, type ServerPart } from '../../core/ports.js';
import { OrchError } from '../../errors.js';

export interface ServerCommand { cmd: string; args: string[]; cwd: string; source: 'config' | 'detected' }

/** Where a part runs: devServer.dir for the frontend; the layout's `backend` part (or a backend/ folder) for the backend. */
export function partDir(config: Config, checkout: string, part: ServerPart): string {
  if (part === 'frontend') return path.join(checkout, config.devServer.dir);
  const fromLayout = config.layout.type === 'monorepo-split' ? config.layout.parts.find((p) => p.name === 'backend')?.path : undefined;
  if (fromLayout) return path.join(checkout, fromLayout);
  return existsSync(path.join(checkout, 'backend')) ? path.join(checkout, 'backend') : checkout;
}

function devScript(dir: string): string[] | undefined {
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    if (!pkg.scripts?.dev) return undefined;
  } catch {
    return undefined;
  }
  const pm = existsSync(path.join(dir, 'pnpm-lock.yaml')) ? 'pnpm' : existsSync(path.join(dir, 'yarn.lock')) ? 'yarn' : 'npm';
  return [pm, 'run', 'dev'];
}

/**
 * The command for one part: the config's argument array with {port}/{backendPort} substituted, else what the
 * project looks like (a package.json `dev` script; a backend venv with main.py runs uvicorn). PORT is set by the caller.
 */
export function serverCommand(config: Config, checkout: string, part: ServerPart, ports: { port: number; backendPort: number }): ServerCommand {
  const cwd = partDir(config, checkout, part);
  const configured = part === 'frontend' ? config.devServer.cmd : config.devServer.backendCmd;
  if (configured?.length) {
    const [cmd, ...args] = substitutePorts(configured, ports);
    return { cmd: cmd!, args, cwd, source: 'config' };
  }
  const script = devScript(cwd);
  if (script) return { cmd: script[0]!, args: script.slice(1), cwd, source: 'detected' };
  if (part === 'backend') {
    const venv = config.layout.type === 'monorepo-split' ? config.layout.parts.find((p) => p.name === 'backend')?.pythonVenv : undefined;
    const python = venv ? path.join(checkout, venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python') : undefined;
    if (python && existsSync(python) && existsSync(path.join(cwd, 'main.py'))) {
      return { cmd: python, args: ['-m', 'uvicorn', 'main:app', '--host', '127.0.0.1', '--port', String(ports.port)], cwd, source: 'detected' };
    }
  }
  const key = part === 'frontend' ? 'devServer.cmd' : 'devServer.backendCmd';
  throw new OrchError('no-server-command', `no ${part} dev server command for ${checkout}: ${key} is not set and ${cwd} has no package.json "dev" script`, {
    hint: `set ${key} in .claude/session-plugin.json, e.g. ["npm", "run", "dev", "--", "--port", "{port}"]`,
    exitCode: 2,
  });
}
