#!/usr/bin/env node
// Runs the compiled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('orch: the CLI is not built yet (dist/bin.js is missing). Run `npm install` (or `npm run build`) in the session-orchestrator folder.\n');
  process.exit(1);
}
await import(entry.href);
