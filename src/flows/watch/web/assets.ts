import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OrchError } from '../../../errors.js';

/** The page's files, by the name the page asks for. Nothing else under web/ (or anywhere) is served. */
const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

/**
 * The package's top-level `web/` folder, found by walking up from this module: the same code runs from src/
 * under vitest, from dist/ after tsc and from a bundle in dist/, each at a different depth.
 */
export function webDir(from = fileURLToPath(import.meta.url)): string {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'web', 'index.html'))) return path.join(dir, 'web');
    if (path.dirname(dir) === dir) break;
  }
  throw new OrchError('web-assets', 'the dashboard page files (web/index.html) are missing from the installed package', { hint: 'reinstall session-orchestrator (npm install)' });
}

export interface Asset { type: string; body: Buffer }

/** Reads the assets once; index.html gets the token so its script and stylesheet requests carry it. */
export function loadAssets(dir: string, token: string): Map<string, Asset> {
  const out = new Map<string, Asset>();
  for (const [name, type] of Object.entries(FILES)) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    let body = readFileSync(file);
    if (name === 'index.html') body = Buffer.from(body.toString('utf8').replaceAll('__ORCH_TOKEN__', token));
    out.set(name, { type, body });
  }
  if (!out.has('index.html') || !out.has('app.js')) throw new OrchError('web-assets', `the dashboard page files in ${dir} are incomplete`, { hint: 'reinstall session-orchestrator (npm install)' });
  return out;
}
