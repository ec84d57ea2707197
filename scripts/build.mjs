#!/usr/bin/env node
// Builds dist/: one self-contained ESM bundle for Node 20 (esbuild), committed to the repository so that a copy
// without node_modules (a Claude Code plugin install, `npm install -g <tarball>`) runs with Node alone.
//
// - dist/bin.js is the CLI's entry (bin/orch.js imports it). Code splitting gives every dynamic import() its own
//   chunk in dist/chunks/: each command module of src/cli/loaders.ts, `orch hook` (src/cli/hook.ts, kept free of
//   dependencies: it runs on every tool call of every worker), the GitHub adapter, and so on. New commands and
//   new modules are picked up through those imports; nothing to list here.
// - Scripts started as processes of their own, and modules that code outside the bundle imports from dist/, are
//   entries too, listed below. A new spawned script must be added to SPAWNED (its caller finds it with
//   distScript() from src/package-root.ts).
//
// `node scripts/build.mjs` builds (only changed files are rewritten); `--check` writes nothing and exits 1 when
// dist/ differs from what it would write. CI builds, then fails on `git diff --exit-code -- dist`.
// `--if-available` (the prepare script) keeps the committed dist/ when esbuild is not installed: `npm install -g .`
// or `npm link` in a clone without node_modules then works as it is.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Scripts orch spawns as separate processes (`node <dist file>`): each must be an entry of its own. */
export const SPAWNED = [
  'src/adapters/headless-runner.ts', // one headless worker (HeadlessMux)
  'src/demo/stand-in-worker.ts', // the demo's and the benchmarks' stand-in worker
];

/** Modules imported from dist/ by code outside the bundle: bench/run.mjs and test/foundation.test.ts
 *  (Registry, from a second process), scripts/gen-config-doc.mjs (renderConfigDoc), scripts/gen-json-doc.mjs (renderJsonDoc). */
export const LIBRARY = ['src/state/registry.ts', 'src/config/doc.ts', 'src/core/json-doc.ts'];

/** Imported at run time by the worker server (dist/guard-server.mjs) from next to itself: the commands it serves. */
export const SERVED = ['src/served.ts'];

/** Never bundled: cosmiconfig's TypeScript-config loader requires it lazily; orch only loads JSON configs. */
const EXTERNAL = ['typescript'];

const check = process.argv.includes('--check');
let build;
try {
  ({ build } = await import('esbuild'));
} catch (e) {
  if (!process.argv.includes('--if-available') || e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  process.stderr.write('esbuild is not installed (no devDependencies here): keeping the committed dist/\n');
  process.exit(0);
}
const outdir = path.join(ROOT, 'dist');

const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/bin.ts', ...SPAWNED, ...LIBRARY, ...SERVED],
  outbase: 'src',
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: 'chunks/[name]-[hash]',
  external: EXTERNAL,
  // ESM packages first (commander's ESM wrapper, execa, ...); CommonJS only where a package has nothing else.
  mainFields: ['module', 'main'],
  // Readable output: stack traces under -v point at real names; the size costs little start-up time.
  minifySyntax: true,
  minifyWhitespace: false,
  minifyIdentifiers: false,
  keepNames: false,
  legalComments: 'none',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
  write: false,
});

const files = new Map();
const REQUIRE_SHIM = "import { createRequire as __orchCreateRequire } from 'node:module';\nconst require = __orchCreateRequire(import.meta.url);\n";
for (const file of result.outputFiles) {
  let text = file.text;
  // Bundled CommonJS packages (cosmiconfig, proper-lockfile, ...) require() Node's own modules through
  // esbuild's __require stub, which throws "Dynamic require of X is not supported" when no `require` is in
  // scope (an ES module has none). Only the file that defines the stub needs one, so the hook's chunks stay
  // free of it.
  if (/Dynamic require of/.test(text)) text = REQUIRE_SHIM + text;
  files.set(file.path, text);
}

// The hook in one file with no chunks to import (src/hook-main.ts): what dist/hook.sh hands Bash calls to, and what
// is copied to each SSH host as it is.
const remoteHook = await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/hook-main.ts'],
  outfile: path.join(outdir, 'hook.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
});
for (const file of remoteHook.outputFiles) files.set(file.path, file.text);

// The guard server (src/adapters/guard-server.ts), one file too: it restarts when that file changes.
const guardServer = await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/adapters/guard-server.ts'],
  outfile: path.join(outdir, 'guard-server.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
});
for (const file of guardServer.outputFiles) files.set(file.path, file.text);

// The hook's sh path (src/hook.sh): events that need no guard are appended without starting Node.
files.set(path.join(outdir, 'hook.sh'), readFileSync(path.join(ROOT, 'src', 'hook.sh'), 'utf8'));
// orch as a worker runs it (src/orch.sh): `orch finish` served by the worker server when one answers, else Node.
files.set(path.join(outdir, 'orch.sh'), readFileSync(path.join(ROOT, 'src', 'orch.sh'), 'utf8'));

// Licences of every bundled package, next to the code that carries them.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = [...input.matchAll(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].pop();
  if (!m) continue;
  const dir = path.join(ROOT, input.slice(0, m.index + m[0].length));
  if (!packages.has(m[1])) packages.set(m[1], dir);
}
let licences = 'Third-party packages bundled into dist/ (generated by scripts/build.mjs).\n';
for (const [name, dir] of [...packages].sort(([a], [b]) => a.localeCompare(b))) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  licences += `\n${'-'.repeat(78)}\n${name}@${pkg.version} (${pkg.license ?? 'see below'})\n\n`;
  licences += file ? `${readFileSync(path.join(dir, file), 'utf8').trim()}\n` : '(no licence file in the package)\n';
}
files.set(path.join(outdir, 'THIRD_PARTY_LICENSES.txt'), licences);

const existing = existsSync(outdir) ? readdirSync(outdir, { recursive: true }).map((f) => path.join(outdir, String(f))).filter((f) => statSync(f).isFile()) : [];
const stale = existing.filter((f) => !files.has(f));
const changed = [...files].filter(([f, text]) => !existing.includes(f) || readFileSync(f, 'utf8') !== text).map(([f]) => f);
if (check) {
  if (stale.length || changed.length) {
    for (const f of [...changed, ...stale]) process.stderr.write(`  ${path.relative(ROOT, f)}\n`);
    process.stderr.write('dist/ is not what the sources build (files above): run `npm run build` and commit dist/\n');
    process.exit(1);
  }
  process.stdout.write('dist/ is up to date\n');
} else {
  // File by file, each replaced by a rename and stale ones removed last: a test or worker running orch meanwhile
  // never finds dist/ missing or a file half written.
  for (const f of changed) {
    mkdirSync(path.dirname(f), { recursive: true });
    const tmp = `${f}.${process.pid}.tmp`;
    writeFileSync(tmp, files.get(f));
    renameSync(tmp, f);
  }
  for (const f of stale) rmSync(f, { force: true });
  for (const d of readdirSync(outdir, { recursive: true }).map((x) => path.join(outdir, String(x))).sort().reverse()) {
    if (statSync(d).isDirectory() && readdirSync(d).length === 0) rmSync(d, { recursive: true });
  }
}
