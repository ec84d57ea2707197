#!/usr/bin/env node
// Writes reference/json.md from the zod schemas of every --json answer (the built one in dist/: run `npm run build` first, or
// `npm run docs`, which does both). `--check` only compares and exits 1 when the page is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const page = fileURLToPath(new URL('../reference/json.md', import.meta.url));
const { renderJsonDoc } = await import(new URL('../dist/core/json-doc.js', import.meta.url).href).catch(() => {
  process.stderr.write('gen-json-doc: dist/core/json-doc.js is missing; run `npm run build` first\n');
  process.exit(1);
});
const text = renderJsonDoc();
let current = '';
try {
  current = readFileSync(page, 'utf8');
} catch {
  current = '';
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    process.stderr.write('reference/json.md is out of date with src/core/json-schemas.ts: run `npm run docs`\n');
    process.exit(1);
  }
  process.stdout.write('reference/json.md is up to date\n');
} else if (current === text) process.stdout.write('reference/json.md is up to date\n');
else {
  writeFileSync(page, text);
  process.stdout.write('wrote reference/json.md\n');
}
