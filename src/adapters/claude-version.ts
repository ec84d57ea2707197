import path from 'node:path';
import { readFileSync, realpathSync } from 'node:fs';
import { findExecutable } from './which.js';
import { run } from './proc.js';

const known = new Map<string, Promise<string | undefined>>();

/**
 * The version of the Claude Code CLI that `cmd` starts, or undefined. Read from its package (an npm install: the
 * binary sits in @anthropic-ai/claude-code) or its versions folder (the native installer) where it can, else asked
 * with `--version`; once per program per process.
 */
export function claudeVersion(cmd: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const exe = findExecutable(cmd, env);
  if (!exe) return Promise.resolve(undefined);
  let real = exe;
  try {
    real = realpathSync(exe);
  } catch {
    /* asked below */
  }
  if (!known.has(real)) known.set(real, Promise.resolve(fromFiles(real) ?? asked(exe, env)));
  return known.get(real)!;
}

function fromFiles(real: string): string | undefined {
  let dir = path.dirname(real);
  for (let i = 0; i < 4; i++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@anthropic-ai/claude-code' && typeof pkg.version === 'string') return pkg.version;
      if (pkg.name) break;
    } catch {
      /* no package.json here: one folder up */
    }
  }
  return /[/\\]versions[/\\](\d+\.\d+\.\d+)(?:[/\\]|$)/.exec(real)?.[1];
}

async function asked(exe: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const r = await run(exe, ['--version'], { env, extendEnv: false, timeoutMs: 15_000 });
  return r.exitCode === 0 ? /\d+\.\d+\.\d+/.exec(r.stdout)?.[0] : undefined;
}
