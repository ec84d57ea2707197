// Which Claude Code a worker command starts decides whether its events go over HTTP: read from the installed package,
// else asked with --version. Real files and processes.
import path from 'node:path';
import os from 'node:os';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/project.js';
import { claudeVersion } from '../src/adapters/claude-version.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'orch-cv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('claudeVersion', () => {
  it('reads the installed npm package of the real CLI (no process started)', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', '@anthropic-ai', 'claude-code', 'package.json'), 'utf8')) as { version: string };
    expect(await claudeVersion(path.join(REPO_ROOT, 'node_modules', '.bin', 'claude'))).toBe(pkg.version);
  });

  it('reads a native install\'s versions folder, and asks any other program with --version', async () => {
    const native = path.join(tmp, 'share', 'claude', 'versions', '2.1.77');
    mkdirSync(path.dirname(native), { recursive: true });
    writeFileSync(native, '#!/bin/sh\necho "9.9.9 (Claude Code)"\n');
    chmodSync(native, 0o755);
    expect(await claudeVersion(native)).toBe('2.1.77');
    const bin = path.join(tmp, 'bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'claude'), '#!/bin/sh\n[ "$1" = --version ] && echo "2.1.50 (Claude Code)"\n');
    chmodSync(path.join(bin, 'claude'), 0o755);
    expect(await claudeVersion('claude', { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` })).toBe('2.1.50');
    writeFileSync(path.join(bin, 'silent'), '#!/bin/sh\nexit 3\n');
    chmodSync(path.join(bin, 'silent'), 0o755);
    expect(await claudeVersion(path.join(bin, 'silent'))).toBeUndefined();
    expect(await claudeVersion(path.join(bin, 'missing'))).toBeUndefined();
  });
});
