import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORCH_BIN, makeTestProject, type TestProject } from './support/project.js';
import { NO_GH } from './support/forge-project.js';

/** A stack frame line as Node prints it: "    at fn (file:1:2)". */
const STACK = /^\s+at .*:\d+:\d+\)?$/m;
const HINT = /^ {2}-> \S.*$/m;

describe('errors from the built binary: no stack trace, always a next step', () => {
  let tp: TestProject;
  let empty: string;
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'none', config: { githubRepo: 'acme/shop' } });
    empty = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-noconfig-')));
  });
  afterAll(async () => {
    await tp?.cleanup();
    rmSync(empty, { recursive: true, force: true });
  });

  const run = (args: string[], cwd: string, env: Record<string, string> = {}) =>
    execa(process.execPath, [ORCH_BIN, ...args], { cwd, reject: false, env: { ...tp.env, ...NO_GH, GITHUB_TOKEN: '', GH_TOKEN: '', HOME: empty, ...env }, timeout: 60_000 });

  // [invocation, where, exit code, what the message says]
  const cases: Array<[string[], 'empty' | 'repo', number, RegExp]> = [
    [['frobnicate'], 'empty', 2, /unknown command 'frobnicate'/],
    [['list', '--no-such-flag'], 'empty', 2, /unknown option '--no-such-flag'/],
    [['list'], 'empty', 2, /no \.claude\/session-plugin\.json found/],
    [['start-issues', 'twelve'], 'repo', 2, /issue numbers must be positive whole numbers/],
    [['start', 'Bad_Name', '--task', 'x'], 'repo', 2, /not a valid worker name/],
    [['send', 'nobody', 'hello'], 'repo', 2, /no worker named nobody/],
    [['finish', 'nobody'], 'repo', 2, /no worker named nobody/], // the usage error comes before the missing token
    [['monitor', '--interval', 'soon'], 'repo', 2, /--interval expects a duration/],
    [['kill-port', '70000'], 'repo', 2, /at most 65535/],
  ];

  it.each(cases)('orch %j', async (args, where, code, message) => {
    const r = await run(args, where === 'empty' ? empty : tp.repo);
    expect(r.exitCode).toBe(code);
    expect(r.stderr).toMatch(/^orch: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(HINT);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK);
  });

  it('with --json the error is one JSON document on stdout, with a hint', async () => {
    const r = await run(['list', '--json'], empty);
    expect(r.exitCode).toBe(2);
    const doc = JSON.parse(String(r.stdout));
    expect(doc.error).toMatchObject({ code: 'config', message: expect.stringMatching(/no \.claude/), hint: expect.stringContaining('orch init') });
    expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK);
  });

  it('a broken config lists its problems and says how to check', async () => {
    tp.writeConfig({ ...tp.raw, layout: { type: 'flat' } });
    try {
      const r = await run(['config'], tp.repo);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/layout\.type: expected "root" or "monorepo-split", got "flat"/);
      expect(r.stderr).toMatch(/-> fix the fields above, then run `orch config`/);
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      tp.writeConfig(tp.raw);
    }
  });

  it('-v shows the stack trace', async () => {
    const r = await run(['list', '-v'], empty);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(HINT);
    expect(r.stderr).toMatch(STACK);
  });
});
