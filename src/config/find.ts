import os from 'node:os';
import path from 'node:path';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { invocation } from '../invocation.js';

/** cosmiconfig's own "meta config" places, read from the working directory: one there can change its search. */
const META_PLACES = ['package.yaml', '.config/config.json', '.config/config.yaml', '.config/config.yml', '.config/config.js', '.config/config.ts', '.config/config.cjs', '.config/config.mjs'];

/**
 * The search loadConfig() asks cosmiconfig for (`searchStrategy: 'global'`, one search place), done by hand because
 * loading cosmiconfig costs more than every other step of `orch list`: `place` in `from` and in each folder above
 * it up to the home folder (to the root when `from` is not under home); an empty file is skipped; a folder that
 * cannot be read is passed over. Returns 'defer' where cosmiconfig would go further than this: nothing found (it
 * then looks in the global config folder), a `$import` in the file, or a cosmiconfig meta config in the working
 * directory (a "cosmiconfig" key in package.json, or .config/config.*).
 */
export function searchAncestors(from: string, place: string, parse: (file: string, content: string) => unknown): { config: unknown; filepath: string } | 'defer' {
  if (hasMetaConfig(invocation()?.cwd ?? process.cwd())) return 'defer';
  const stop = path.resolve(os.homedir());
  for (let dir = path.resolve(from); ; ) {
    if (isDirectory(dir)) {
      const filepath = path.join(dir, place);
      let content: string | undefined;
      try {
        content = readFileSync(filepath, 'utf8');
      } catch (e) {
        if (!['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
      }
      if (content !== undefined && content.trim() !== '') {
        const config = parse(filepath, content);
        if (config && typeof config === 'object' && Object.hasOwn(config, '$import')) return 'defer';
        return { config, filepath };
      }
    }
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir) return 'defer';
    dir = parent;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function hasMetaConfig(cwd: string): boolean {
  if (META_PLACES.some((p) => existsSync(path.join(cwd, p)))) return true;
  try {
    const pkg: unknown = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'));
    return Boolean(pkg && typeof pkg === 'object' && 'cosmiconfig' in pkg);
  } catch {
    // No package.json, or one cosmiconfig could not read either: let cosmiconfig decide.
    return existsSync(path.join(cwd, 'package.json'));
  }
}
