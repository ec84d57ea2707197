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
  const found = near !== 'defer' ? near : await cosmiconfigSearch(from);
  if (!found) {
    throw new ConfigError(`no ${CONFIG_REL} found in ${opts.cwd} or any folder above it`, [], 'run `orch init` in the repository (or /session-init inside Claude Code), or pass --config <file>');
  }
  return resolveConfig(found.config, found.filepath, env);
}

async function cosmiconfigSearch(from: string) {
  const { cosmiconfig } = await import('cosmiconfig');
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

/** The main checkout of the repository cwd belongs to (the parent of the common .git dir). */
async function mainCheckout(cwd: string): Promise<string | undefined> {
  const { gitTry } = await import('../adapters/git.js');
  const r = await gitTry(cwd, ['rev-parse', '--path-format=absolute', '--git-common-dir']);
  if (!r.ok || !r.out) return undefined;
  return path.basename(r.out) === '.git' ? path.dirname(r.out) : undefined;
}

function readJson(file: string): unknown {
  return parseJson(file, readFileSync(file, 'utf8'));
}

function parseJson(file: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e as Error).message})`, [], 'fix the JSON syntax, then run `orch config`');
  }
}
