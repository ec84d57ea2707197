#!/usr/bin/env node
// Writes reference/config.md from the zod schema (the built one in dist/: run `npm run build` first, or
// `npm run docs`, which does both). `--check` only compares and exits 1 when the page is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const page = fileURLToPath(new URL('../reference/config.md', import.meta.url));
const { renderConfigDoc } = await import(new URL('../dist/config/doc.js', import.meta.url).href).catch(() => {
  process.stderr.write('gen-config-doc: dist/config/doc.js is missing; run `npm run build` first\n');
  process.exit(1);
});
const text = renderConfigDoc();
let current = '';
try {
  current = readFileSync(page, 'utf8');
} catch {
  current = '';
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    process.stderr.write('reference/config.md is out of date with src/config/schema.ts: run `npm run docs`\n');
    process.exit(1);
  }
  process.stdout.write('reference/config.md is up to date\n');
} else if (current === text) process.stdout.write('reference/config.md is up to date\n');
else {
  writeFileSync(page, text);
  process.stdout.write('wrote reference/config.md\n');
}
