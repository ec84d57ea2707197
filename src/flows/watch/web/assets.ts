import path from 'node:path';
import { existsSync, readFileSync } from '../../../adapters/fs.js';
import { OrchError } from '../../../errors.js';
import { packageRoot } from '../../../package-root.js';

/** The page's files, by the name the page asks for. Nothing else under web/ (or anywhere) is served. */
const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

/** The package's top-level `web/` folder (it ships with the package: package.json "files"). */
export function webDir(root = packageRoot()): string {
  const dir = path.join(root, 'web');
  if (existsSync(path.join(dir, 'index.html'))) return dir;
  throw new OrchError('web-assets', `the dashboard page files are missing (${path.join(dir, 'index.html')})`, { hint: 'reinstall session-orchestrator (npm install)' });
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
