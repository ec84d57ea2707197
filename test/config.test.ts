import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/resolve.js';
import { loadConfig } from '../src/config/load.js';
import { ConfigError } from '../src/errors.js';
import { testCommands } from '../src/core/test-commands.js';
import { ORCH_BIN } from './support/project.js';

let root: string;
let repo: string;
const file = () => path.join(repo, '.claude', 'session-plugin.json');

beforeAll(() => {
  root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-cfg-')));
  repo = path.join(root, 'shop');
  mkdirSync(repo);
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fixture(name: string): Record<string, unknown> {
  const text = readFileSync(new URL(`./fixtures/configs/${name}`, import.meta.url), 'utf8')
    .replace('"REPO"', JSON.stringify(repo))
    .replace('"WORKTREES"', JSON.stringify(path.join(root, 'shop-worktrees')));
  return JSON.parse(text) as Record<string, unknown>;
}

function problems(data: unknown): string[] {
  try {
    resolveConfig(data, file());
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).exitCode).toBe(2);
    return (e as ConfigError).problems;
  }
  throw new Error('expected a config error');
}

describe('configs of the original plugin load unchanged', () => {
  it('root layout with teams, dataFlow, devServer, review and a workerCli object', () => {
    const c = resolveConfig(fixture('original-root.json'), file());
    expect(c.session).toBe('acmeshop');
    expect(c.githubRepo).toBe('acme/shop');
    expect(c.worker.name).toBe('claude');
    expect(c.worker.cmd).toContain('claude.cmd'); // claudeCmdPath is the alias of workerCmdPath
    expect(c.worker.bootWaitSec).toBe(12);
    expect(c.worker.setEnv).toMatchObject({ FOO: '1', CLAUDE_CODE_FORCE_SESSION_PERSISTENCE: '1' });
    expect(c.review.intervalMin).toBe(10);
    expect(c.teams?.frontend?.agents).toEqual(['frontend-developer']);
    expect(c.warnings).toEqual([]);
    expect(testCommands(c.layout, c.projectName, c.repoPath)).toEqual([{ name: 'acme-shop', cmd: 'npx tsc --noEmit && pnpm test', dir: '.' }]);
  });

  it('monorepo-split layout with parts, venv, codex preset and install deps', () => {
    const c = resolveConfig(fixture('original-monorepo.json'), file());
    expect(c.defaultBranch).toBe('develop');
    expect(c.worker.name).toBe('codex');
    expect(c.worker.cmd).toBe('/usr/local/bin/codex');
    expect(c.worktreeDeps).toBe('install');
    expect(c.devServer).toMatchObject({ port: 3100, backendPort: 8100, dir: 'frontend' });
    expect(testCommands(c.layout, c.projectName, c.repoPath).map((t) => t.cmd)).toEqual([`cd ${repo}/frontend && pnpm test`, `${repo}/backend/.venv/bin/pytest`]);
  });

  it('fills every default for a minimal config', () => {
    const c = resolveConfig({}, file());
    expect(c.repoPath).toBe(repo);
    expect(c.projectName).toBe('shop');
    expect(c.worktreesPath).toBe(path.join(root, 'shop-worktrees'));
    expect(c.session).toBe('shop');
    expect(c.maxWorkers).toBe(4);
    expect(c.devServer.port).toBe(3000);
    expect(c.mux).toBe('tmux');
  });
});

describe('config errors: every problem at once, with path, value and expectation', () => {
  it.each([
    [{ layout: { type: 'flat' } }, 'layout.type: expected "root" or "monorepo-split", got "flat"'],
    [{ githubRepo: 'not a repo' }, 'githubRepo: expected "owner/name", got "not a repo"'],
    [{ maxWorkers: 0 }, 'maxWorkers:'],
    [{ maxWorkers: 'four' }, 'maxWorkers: expected number, got "four"'],
    [{ worktreeDeps: 'copy' }, 'worktreeDeps: expected "junction" or "install", got "copy"'],
    [{ workerCli: 'gemini' }, 'workerCli:'],
    [{ devServer: { port: 99999 } }, 'devServer.port:'],
    [{ layout: { type: 'monorepo-split', parts: [] } }, 'layout.parts:'],
  ])('%j', (data, expected) => {
    const p = problems(data);
    expect(p.some((x) => x.startsWith(expected))).toBe(true);
  });

  it.each([
    ['npm run build && npm start', '&&'],
    ['npm run dev | tee log', '|'],
    ['npm run dev > dev.log', '>'],
    ['npm run dev; echo done', ';'],
  ])('devServer.cmd %j is refused with the field named (no shell runs it)', (cmd, op) => {
    const p = problems({ devServer: { cmd } });
    expect(p).toEqual([`devServer.cmd: expected one command without shell operators (found "${op}"): the command runs without a shell; put several steps in a script (e.g. a package.json script) and run that, got ${JSON.stringify(cmd)}`]);
  });

  it.each([
    ['next dev -p $PORT', 'devServer.cmd: expected no shell variables (found $PORT)'],
    ['PORT=4000 npm run dev', 'devServer.cmd: expected the program first (found PORT=4000)'],
    ['npm run dev # local', 'devServer.cmd: expected no comment (#)'],
    ['   ', 'devServer.cmd: expected a command'],
  ])('devServer.cmd %j needs a shell: %s', (cmd, expected) => {
    expect(problems({ devServer: { cmd } })[0]).toMatch(new RegExp(`^${expected.replace(/[$()#]/g, '\\$&')}`));
  });

  it('devServer.cmd and backendCmd also take one line, split with shell quoting into arguments', () => {
    const c = resolveConfig({ devServer: { cmd: 'npm run dev -- --port {port} --host "0.0.0.0"', backendCmd: "uvicorn 'app:app' --port {port} --reload-dir src\\ files" } }, file());
    expect(c.devServer.cmd).toEqual(['npm', 'run', 'dev', '--', '--port', '{port}', '--host', '0.0.0.0']);
    expect(c.devServer.backendCmd).toEqual(['uvicorn', 'app:app', '--port', '{port}', '--reload-dir', 'src files']);
    expect(resolveConfig({ devServer: { cmd: ['npm', 'run', 'dev'] } }, file()).devServer.cmd).toEqual(['npm', 'run', 'dev']);
  });

  it('reports several problems together', () => {
    const p = problems({ maxWorkers: -1, githubRepo: 'x', layout: { type: 'flat' } });
    expect(p).toHaveLength(3);
  });

  it('checks paths: repoPath must be a git checkout, worktreesPath outside it', () => {
    expect(problems({ repoPath: path.join(root, 'nope') })[0]).toMatch(/^repoPath: expected an existing git checkout/);
    expect(problems({ worktreesPath: path.join(repo, 'wt') })[0]).toMatch(/^worktreesPath: expected a folder outside the repository/);
  });

  it('warns about unknown fields with a did-you-mean', () => {
    const c = resolveConfig({ githubrepo: 'a/b', defaultBrnch: 'main', zzz: 1 }, file());
    expect(c.warnings).toContain('unknown field githubrepo (did you mean githubRepo?): ignored');
    expect(c.warnings).toContain('unknown field defaultBrnch (did you mean defaultBranch?): ignored');
    expect(c.warnings).toContain('unknown field zzz: ignored');
  });
});

describe('config lookup', () => {
  it('walks up from a subfolder; --config and ORCH_CONFIG override', async () => {
    mkdirSync(path.dirname(file()), { recursive: true });
    writeFileSync(file(), JSON.stringify({ projectName: 'walked' }));
    mkdirSync(path.join(repo, 'a', 'b'), { recursive: true });
    expect((await loadConfig({ cwd: path.join(repo, 'a', 'b'), env: {} })).projectName).toBe('walked');
    const other = path.join(root, 'other.json');
    writeFileSync(other, JSON.stringify({ projectName: 'explicit', repoPath: repo }));
    expect((await loadConfig({ cwd: root, configFile: other, env: {} })).projectName).toBe('explicit');
    expect((await loadConfig({ cwd: root, env: { ORCH_CONFIG: other } })).projectName).toBe('explicit');
  });

  it('the binary prints one clear error and exits 2 for a bad config, changing nothing', () => {
    writeFileSync(file(), JSON.stringify({ layout: { type: 'flat' }, maxWorkers: 'x' }));
    let err: { status: number; stderr: string; stdout: string } | undefined;
    try {
      execFileSync(process.execPath, [ORCH_BIN, 'config'], { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      err = e as typeof err;
    }
    expect(err?.status).toBe(2);
    expect(err?.stderr).toContain('layout.type: expected "root" or "monorepo-split", got "flat"');
    expect(err?.stderr).toContain('maxWorkers: expected number, got "x"');
    expect(err?.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace without -v
    let jsonErr: { status: number; stdout: string } | undefined;
    try {
      execFileSync(process.execPath, [ORCH_BIN, 'config', '--json'], { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      jsonErr = e as typeof jsonErr;
    }
    expect(jsonErr?.status).toBe(2);
    expect(JSON.parse(jsonErr!.stdout).error.code).toBe('config');
  });

  it('no config anywhere: exit 2 and a pointer to orch init', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'orch-nocfg-'));
    let err: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, [ORCH_BIN, 'list'], { cwd: empty, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ORCH_CONFIG: '' } });
    } catch (e) {
      err = e as typeof err;
    }
    rmSync(empty, { recursive: true, force: true });
    expect(err?.status).toBe(2);
    expect(err?.stderr).toContain('orch init');
  });
});
