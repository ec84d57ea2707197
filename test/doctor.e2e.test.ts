import path from 'node:path';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExecutable } from '../src/adapters/which.js';
import { makeTestProject, type TestProject } from './support/project.js';
import { NO_GH, useForgeProjects } from './support/forge-project.js';

describe('orch doctor on a machine without tmux and without a token', () => {
  let tp: TestProject;
  let env: Record<string, string>;
  beforeAll(async () => {
    tp = await makeTestProject({ worker: 'none', config: { githubRepo: 'acme/shop' } });
    // A PATH with git and node only: no tmux, no claude, no gh.
    const bin = path.join(tp.root, 'bin');
    mkdirSync(bin);
    for (const tool of ['git', 'node']) symlinkSync(findExecutable(tool)!, path.join(bin, tool));
    env = { PATH: bin, HOME: path.join(tp.root, 'home'), ...NO_GH };
  });
  afterAll(async () => tp?.cleanup());

  it('names both, each with its fix, and exits 1', async () => {
    const r = await tp.orch(['doctor'], { env });
    expect(r.code).toBe(1);
    // Without tmux (and no "mux" in the config) workers fall back to headless: a warning with what that means, not a failure.
    expect(r.stdout).toMatch(/^warn +multiplexer +tmux not found on PATH: workers run headless/m);
    expect(r.stdout).toMatch(/^FAIL +GitHub token +missing \(githubRepo is acme\/shop\)$/m);
    const fixes = r.stdout.slice(r.stdout.indexOf('To fix:'));
    expect(fixes).toMatch(/^ {2}multiplexer: install tmux \(apt-get install tmux \/ brew install tmux\) for interactive workers, or set "mux": "headless"/m);
    expect(fixes).toMatch(/^ {2}GitHub token: set GITHUB_TOKEN or GH_TOKEN, or run `gh auth login`/m);
    // What works is said too, and nothing is a stack trace.
    expect(r.stdout).toMatch(/^ok +git +git version/m);
    expect(r.stdout).toMatch(/^ok +config +.*session-plugin\.json$/m);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  });

  it('--json is one document with the same checks', async () => {
    const r = await tp.orch(['doctor', '--json'], { env });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.ok).toBe(false);
    const byName = Object.fromEntries(doc.checks.map((c: { check: string }) => [c.check, c]));
    expect(byName.multiplexer).toMatchObject({ status: 'warn', fix: expect.stringContaining('headless') });
    expect(byName['GitHub token']).toMatchObject({ status: 'fail', fix: expect.stringContaining('GITHUB_TOKEN') });
    expect(byName['worker command']).toMatchObject({ status: 'fail', detail: 'claude not found' });
    expect(doc.fixes.length).toBeGreaterThanOrEqual(3);
  });

  it('init\'s preflight and doctor agree about a worker command that is not installed; that one failure makes doctor exit 1', async () => {
    try {
      rmSync(tp.configFile);
      const init = await tp.orch(['init', '--yes', '--mux', 'headless', '--json'], { env });
      expect(init.code, init.stderr).toBe(0);
      const item = JSON.parse(init.stdout).preflight.find((p: { check: string }) => p.check === 'worker command');
      expect(item).toMatchObject({ ok: false, detail: expect.stringMatching(/^claude not found: install it/) });
      rmSync(tp.configFile);
      const text = await tp.orch(['init', '--yes', '--mux', 'headless'], { env });
      expect(text.stdout).toMatch(/^ {2}FAIL worker command: claude not found/m);

      const r = await tp.orch(['doctor'], { env });
      expect(r.stdout).toMatch(/^FAIL +worker command +claude not found$/m);
      expect(r.stdout.match(/^FAIL /gm), r.stdout).toHaveLength(1); // headless, no githubRepo: nothing else fails
      expect(r.code).toBe(1);
      expect(JSON.parse((await tp.orch(['doctor', '--json'], { env })).stdout).ok).toBe(false);
    } finally {
      tp.writeConfig(tp.raw);
    }
  });

  it('says how the hooks will run: bash and the guard server, sh hook and curl, sh hook alone, or a Node start per event', async () => {
    const hooks = async (e: Record<string, string>) => (JSON.parse((await tp.orch(['doctor', '--json'], { env: e })).stdout).checks as Array<{ check: string; status: string; detail: string; fix?: string }>).find((c) => c.check === 'hooks');
    expect(await hooks(env)).toMatchObject({ status: 'warn', detail: expect.stringMatching(/^every event starts Node/), fix: expect.stringContaining('coreutils') });
    const withSh = path.join(tp.root, 'bin-sh');
    mkdirSync(withSh);
    for (const tool of ['git', 'node', 'sh', 'date', 'awk', 'cat']) symlinkSync(findExecutable(tool)!, path.join(withSh, tool));
    expect(await hooks({ ...env, PATH: withSh })).toMatchObject({ status: 'warn', detail: expect.stringMatching(/^events by the sh hook; each Bash call and each worker's orch finish starts Node/), fix: 'install bash (or curl): Bash calls are then checked, and workers\' finishes run, by the guard server' });
    symlinkSync(findExecutable('curl')!, path.join(withSh, 'curl'));
    expect(await hooks({ ...env, PATH: withSh })).toMatchObject({ status: 'ok', detail: "events by the sh hook; Bash calls checked, and workers' orch finish run, by the guard server (curl); Claude Code 2.1.63 or later posts most events to it itself, over HTTP" });
    symlinkSync(findExecutable('bash')!, path.join(withSh, 'bash'));
    expect(await hooks({ ...env, PATH: withSh })).toMatchObject({ status: 'ok', detail: "every event, Bash call and worker's orch finish to the guard server, with bash (the sh hook's own line while it is not running); Claude Code 2.1.63 or later posts most events to it itself, over HTTP" });
    expect(await hooks({ ...env, PATH: withSh, ORCH_HTTP_HOOKS: '0' })).toMatchObject({ status: 'ok', detail: expect.stringMatching(/; HTTP hooks off \(ORCH_HTTP_HOOKS=0\)$/) });
    expect(await hooks({ ...env, PATH: withSh, ORCH_HOOK_SH: '0' })).toMatchObject({ status: 'ok', detail: 'the Node hook for every event (ORCH_HOOK_SH=0)' });

    // The probes' answer is kept per hook.sh and tools (no forks on the next start), and asked again when they change.
    const cache = path.join(tp.root, 'cache');
    const withCache = { ...env, PATH: withSh, XDG_CACHE_HOME: cache };
    expect((await hooks(withCache))!.detail).toMatch(/^every event, Bash call/);
    const file = path.join(cache, 'orch', 'hook-sh-check.json');
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { ok: boolean; shell: string }>;
    expect(Object.values(kept)).toEqual([{ ok: true, shell: 'bash' }]);
    writeFileSync(file, JSON.stringify(Object.fromEntries(Object.keys(kept).map((k) => [k, { ok: false, shell: 'sh' }]))));
    expect((await hooks(withCache))!.detail).toMatch(/^every event starts Node/); // the kept answer, not a new probe
    rmSync(path.join(withSh, 'bash'));
    expect((await hooks(withCache))!.detail).toMatch(/^events by the sh hook; Bash calls checked/); // tools changed: probed again
  });

  it('a headless config needs no tmux; without githubRepo the token is only a warning (exit 0)', async () => {
    tp.writeConfig({ ...tp.raw, githubRepo: undefined, mux: 'headless', workerCli: { preset: 'generic', cmd: 'git', args: [] } });
    try {
      const r = await tp.orch(['doctor'], { env });
      expect(r.stdout).toMatch(/^ok +multiplexer +headless/m);
      expect(r.stdout).toMatch(/^warn +GitHub token +missing \(not needed until githubRepo is set/m);
      expect(r.code).toBe(0);
    } finally {
      tp.writeConfig(tp.raw);
    }
  });
});

describe('orch doctor with a token', () => {
  const make = useForgeProjects();

  it('says where the token comes from, its scopes and push access, and never prints it', async () => {
    const { tp, gh } = await make({ worker: 'none' });
    const r = await tp.orch(['doctor', '--json']);
    const token = JSON.parse(r.stdout).checks.find((c: { check: string }) => c.check === 'GitHub token');
    expect(token).toMatchObject({ status: 'ok', detail: `from GITHUB_TOKEN; scopes: repo, workflow; can push to ${gh.owner}/${gh.repo}` });
    expect(`${r.stdout}${r.stderr}`).not.toContain(gh.token);
  });

  it('a token GitHub rejects is a failure with the fix', async () => {
    const { tp } = await make({ worker: 'none' });
    const r = await tp.orch(['doctor'], { env: { GITHUB_TOKEN: 'ghp_wrongWrongWrongWrongWrongWrong0000000' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL +GitHub token +from GITHUB_TOKEN; GitHub rejects it \(401\)$/m);
    expect(r.stdout).not.toContain('ghp_wrong');
  });
});
