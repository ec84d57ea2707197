import path from 'node:path';
import os from 'node:os';
import net from 'node:net';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORCH_BIN, REPO_ROOT, makeTestProject, type TestProject } from './support/project.js';
import { NO_GH } from './support/forge-project.js';

/**
 * The exit-code table, as README "Exit codes" states it, checked against the built binary:
 * 0 success or nothing to do, 1 failure, 2 usage or config error, 3 a refusal that protects work, 4 GitHub authentication.
 */
describe('one exit-code table', () => {
  let tp: TestProject;
  let empty: string;
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'none', config: { githubRepo: 'acme/shop' } });
    empty = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-exit-')));
  });
  afterAll(async () => {
    await tp?.cleanup();
    rmSync(empty, { recursive: true, force: true });
  });

  const run = (args: string[], cwd: string, env: Record<string, string> = {}) =>
    execa(process.execPath, [ORCH_BIN, ...args], { cwd, reject: false, env: { ...tp.env, ...NO_GH, GITHUB_TOKEN: '', GH_TOKEN: '', HOME: empty, ...env }, timeout: 60_000 });

  // [command line, where, exit code, what stdout or stderr says]
  const table: Array<[string[], 'repo' | 'empty', 0 | 1 | 2 | 3 | 4, RegExp]> = [
    [[], 'empty', 0, /Usage: orch/],
    [['--help'], 'empty', 0, /Quick start:/],
    [['--version'], 'empty', 0, /^\d+\.\d+\.\d+/],
    [['list'], 'repo', 0, /No workers|NAME/],
    [['close', 'nobody'], 'repo', 0, /Nothing left to close for nobody/],
    [['nonsense'], 'empty', 2, /unknown command 'nonsense'/],
    [['list'], 'empty', 2, /no \.claude\/session-plugin\.json found/],
    [['--cwd', '/nonexistent/orch', 'list'], 'empty', 2, /--cwd \/nonexistent\/orch: the directory does not exist/],
    [['close', '../../etc'], 'repo', 2, /"\.\.\/\.\.\/etc" is not a valid worker name/],
    [['resume', '../x'], 'repo', 2, /not a valid worker name/],
    [['send', 'A B', 'hi'], 'repo', 2, /not a valid worker name/],
    [['status', '..'], 'repo', 2, /not a valid worker name/],
    [['status', 'nobody'], 'repo', 2, /no worker named nobody/],
    [['finish', '/etc/passwd'], 'repo', 2, /not a valid worker name/],
    [['health', 'Bad'], 'repo', 2, /not a valid worker name/],
    [['why', '../x'], 'repo', 2, /not a valid worker name/],
    [['orchestrate', 'verify', '../x'], 'repo', 2, /not a valid worker name/],
    [['review', '../x', '--approve', 'ok'], 'repo', 2, /not a valid worker name/],
    [['start-issues'], 'repo', 2, /give issue numbers or --label/],
    [['monitor', '--interval', '30'], 'repo', 2, /--interval expects a duration with a unit.*a bare number has no unit/],
    [['monitor', '--idle-grace', '0'], 'repo', 2, /--idle-grace expects a duration with a unit/],
    [['dash', '--watch', '--interval', '0s'], 'repo', 2, /--interval must be at least 500ms, got "0s"/],
    [['orchestrate', '--loop', '0s'], 'repo', 2, /--loop must be at least 1s/],
    [['reviewer', 'start', '--no-reviewer'], 'repo', 2, /unknown option '--no-reviewer'/],
    [['init', '--worker-cli', 'bogus'], 'repo', 2, /option '--worker-cli <preset>' argument 'bogus' is invalid\. Allowed choices are claude, codex, generic/],
    [['init', '--default-branch', 'develop'], 'repo', 3, /already exists; re-running init would change/],
    [['start-issues', '12'], 'repo', 4, /no GitHub token/],
  ];

  it.each(table)('orch %j (%s) exits %i', async (args, where, code, says) => {
    const r = await run(args, where === 'empty' ? empty : tp.repo);
    expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(code);
    expect(`${r.stdout}\n${r.stderr}`).toMatch(says);
    if (code === 0) expect(r.stderr).not.toMatch(/^orch: /m);
    else expect(r.stderr).toMatch(/^orch: [\s\S]*\n {2}-> \S/m);
  });

  it('bare `orch` prints help on stdout, like `gh`', async () => {
    const r = await run([], empty);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^Usage: orch/);
    expect(r.stderr).toBe('');
  });

  it('GitHub out of reach is a failure (1) said at once, not "GitHub answered 500" after retries', async () => {
    // A port nothing listens on: taken from the system, then released.
    const port = await new Promise<number>((resolve) => {
      const srv = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(p));
      });
    });
    tp.writeConfig({ ...tp.raw, githubApiUrl: `http://127.0.0.1:${port}/` });
    try {
      const started = Date.now();
      const r = await run(['start-issues', '12'], tp.repo, { GITHUB_TOKEN: 'ghp_notarealtokenbutlongenough000000' });
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^orch: cannot reach 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`, 'm'));
      expect(r.stderr).not.toMatch(/answered 500|retrying/);
      expect(r.stderr).not.toContain('ghp_notarealtoken');
      expect(Date.now() - started).toBeLessThan(8000);
    } finally {
      tp.writeConfig(tp.raw);
    }
  });

  it('is documented once, in the README, with the same codes', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Exit codes'));
    for (const [code, what] of [['0', 'nothing to do'], ['1', 'failure'], ['2', 'usage'], ['3', 'refusal'], ['4', 'authentication']]) {
      expect(section).toMatch(new RegExp(`\\|\\s*\`?${code}\`?\\s*\\|[^\\n]*${what}`, 'i'));
    }
  });
});
