import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { searchAncestors } from './find.js';
import { ConfigError } from '../errors.js';
import { resolveConfig, type Config } from './resolve.js';

export const CONFIG_REL = path.join('.claude', 'session-plugin.json');

/** Finds the session config: --config, then ORCH_CONFIG, then walking up from cwd. */
export async function loadConfig(opts: { cwd: string; configFile?: string | undefined; env?: NodeJS.ProcessEnv }): Promise<Config> {
  const env = opts.env ?? process.env;
  const explicit = opts.configFile ?? env.ORCH_CONFIG;
  if (explicit) {
    const file = path.resolve(opts.cwd, explicit);
    if (!existsSync(file)) {
      throw new ConfigError(`config file not found: ${file}`, [], opts.configFile ? 'check the --config path' : 'check the ORCH_CONFIG environment variable');
    }
    return resolveConfig(readJson(file), file, env);
  }
  // Inside a linked worktree (a worker calling `orch finish`), the config that counts is the main checkout's.
  const main = await mainCheckout(opts.cwd);
  const from = main && !isInside(opts.cwd, main) ? main : opts.cwd;
  // The common case by hand (see searchAncestors); cosmiconfig, loaded only then, for the rest.
  const near = searchAncestors(from, CONFIG_REL, parseJson);
  // The search passes over an empty file; one found on the way is what the user meant, so say it is empty.
  const empty = near === 'defer' ? emptyConfigAbove(from) : undefined;
  if (empty) throw new ConfigError(`${empty} is empty`, [], 'run `orch init --force` to fill it in, or delete it');
  const found = near !== 'defer' ? near : await cosmiconfigSearch(from);
  if (!found) {
    throw new ConfigError(`no ${CONFIG_REL} found in ${opts.cwd} or any folder above it`, [], 'run `orch init` in the repository (or /session-init inside Claude Code), or pass --config <file>');
  }
  return resolveConfig(found.config, found.filepath, env);
}

async function cosmiconfigSearch(from: string) {
  // cosmiconfig is CommonJS: bundled, a dynamic import hands back its exports as `default`.
  const mod = (await import('cosmiconfig')) as typeof import('cosmiconfig') & { default?: typeof import('cosmiconfig') };
  const cosmiconfig = mod.cosmiconfig ?? mod.default!.cosmiconfig;
  const explorer = cosmiconfig('session-plugin', {
    searchPlaces: [CONFIG_REL],
    searchStrategy: 'global',
    loaders: { '.json': (file, content) => parseJson(file, content) },
    cache: false,
  });
  return explorer.search(from);
}

function isInside(dir: string, root: string): boolean {
  const rel = path.relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Main checkouts found, by folder: a long-lived process (the worker server) finds the same ones again and again. */
const mainCheckouts = new Map<string, string>();

/** The main checkout of the repository cwd belongs to (the parent of the common .git dir). */
async function mainCheckout(cwd: string): Promise<string | undefined> {
  const key = path.resolve(cwd);
  const known = mainCheckouts.get(key);
  if (known) return known;
  const { gitTry } = await import('../adapters/git.js');
  const r = await gitTry(cwd, ['rev-parse', '--path-format=absolute', '--git-common-dir']);
  if (!r.ok || !r.out) return undefined;
  const main = path.basename(r.out) === '.git' ? path.dirname(r.out) : undefined;
  if (main) mainCheckouts.set(key, main);
  return main;
}

function emptyConfigAbove(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const file = path.join(dir, CONFIG_REL);
    try {
      if (readFileSync(file, 'utf8').trim() === '') return file;
    } catch {
      // not there or not readable: keep looking up
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

function readJson(file: string): unknown {
  return parseJson(file, readFileSync(file, 'utf8'));
}

function parseJson(file: string, content: string): unknown {
  if (content.trim() === '') throw new ConfigError(`${file} is empty`, [], 'run `orch init --force` to fill it in, or delete it');
  try {
    return JSON.parse(content);
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e as Error).message})`, [], 'fix the JSON syntax, then run `orch config`');
  }
}
