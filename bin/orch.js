#!/usr/bin/env node
// Runs the bundled CLI in dist/ (committed, built by `npm run build`; it holds every runtime dependency, so a
// copy of this package without node_modules runs with Node alone).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('orch: dist/bin.js is missing from this copy of session-orchestrator. In a clone, run `npm install` (or `npm run build`); otherwise reinstall the package.\n');
  process.exit(1);
}
await import(entry.href);
