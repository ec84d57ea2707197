// Private caches: with worktreeDeps junction each worktree has its own node_modules folder whose entries link to
// the main checkout's packages, so what test runners write under node_modules/.cache stays in the worktree.
import path from 'node:path';
import { existsSync, lstatSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { useTeardownProject } from './support/teardown.js';

const cur = useTeardownProject();

/** A test command that keeps state in node_modules/.cache like a test runner does, and notices when another run overwrote it. */
const CACHE_TEST = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const dir = path.join(process.cwd(), 'node_modules', '.cache', 'tool');
mkdirSync(dir, { recursive: true });
const me = path.basename(process.cwd()) + ':' + process.pid;
writeFileSync(path.join(dir, 'owner.txt'), me);
await new Promise((r) => setTimeout(r, 1500));
const seen = readFileSync(path.join(dir, 'owner.txt'), 'utf8');
if (seen !== me) { console.error('cache corrupted: wrote ' + me + ', read ' + seen); process.exit(1); }
console.log('1 passing');
`;

async function runBoth(a: string, b: string) {
  return Promise.all([a, b].map((cwd) => execa(process.execPath, ['cache-test.mjs'], { cwd, reject: false })));
}

describe('private caches', () => {
  it('two worktrees run a cache-writing test at once: both pass, each with its own cache; a shared cache would not', { timeout: 120_000 }, async () => {
    const { h, tp } = cur;
    writeFileSync(path.join(tp.repo, 'cache-test.mjs'), CACHE_TEST);
    await tp.git(['add', 'cache-test.mjs']);
    await tp.git(['commit', '-q', '-m', 'a cache-writing test']);
    await tp.git(['push', '-q', 'origin', 'main']);
    const a = await h.start('cache-a');
    const b = await h.start('cache-b');
    const both = await runBoth(a, b);
    for (const r of both) expect(r.exitCode, String(r.stderr)).toBe(0);
    const ca = realpathSync(path.join(a, 'node_modules', '.cache'));
    const cb = realpathSync(path.join(b, 'node_modules', '.cache'));
    expect(ca).not.toBe(cb);
    expect(ca.startsWith(realpathSync(a))).toBe(true);
    expect(cb.startsWith(realpathSync(b))).toBe(true);
    expect(readFileSync(path.join(ca, 'tool', 'owner.txt'), 'utf8')).toMatch(/^cache-a:/);
    expect(readFileSync(path.join(cb, 'tool', 'owner.txt'), 'utf8')).toMatch(/^cache-b:/);
    h.mainIntact();
    // Each worktree's entries are links to the main checkout's packages, made as hard links to one kept link each
    // (no new inode per worktree): the same link in both, a scoped package's too.
    for (const pkg of ['left-pad', path.join('@acme', 'util'), '.bin']) {
      const [la, lb] = [a, b].map((wt) => lstatSync(path.join(wt, 'node_modules', pkg)));
      expect(la!.isSymbolicLink() && lb!.isSymbolicLink(), pkg).toBe(true);
      expect(la!.ino, pkg).toBe(lb!.ino);
      expect(readlinkSync(path.join(a, 'node_modules', pkg)), pkg).toBe(path.join(tp.repo, 'node_modules', pkg));
    }
    expect(lstatSync(path.join(a, 'node_modules', '@acme')).isSymbolicLink()).toBe(false); // a scope folder is its own

    // health reports neither as sharing a cache.
    const health = JSON.parse((await tp.orch(['health', '--all', '--json'])).stdout);
    expect(health.workers.length).toBeGreaterThan(0);
    for (const r of health.workers) expect(r).toMatchObject({ label: 'READY', sharedCaches: [] });

    // The control: the same two runs through the old single link to the main checkout's node_modules collide.
    for (const wt of [a, b]) {
      rmSync(path.join(wt, 'node_modules'), { recursive: true });
      symlinkSync(path.join(tp.repo, 'node_modules'), path.join(wt, 'node_modules'), 'dir');
    }
    h.mainIntact();
    const shared = await runBoth(a, b);
    expect(shared.map((r) => r.exitCode).sort()).toEqual([0, 1]);
    expect(shared.find((r) => r.exitCode === 1)!.stderr).toContain('cache corrupted');
    const after = JSON.parse((await tp.orch(['health', '--all', '--json'])).stdout);
    expect(after.workers.length).toBeGreaterThan(0);
    for (const r of after.workers) expect(r).toMatchObject({ label: 'SHARED CACHE', sharedCaches: expect.arrayContaining(['node_modules/.cache', 'node_modules/.vite']) });
    expect((await tp.orch(['health', 'cache-a'])).stdout).toMatch(/cache node_modules\/\.cache: SHARED with the main checkout/);

    // Such an old worktree is still closable, and the main checkout's packages and cache survive.
    rmSync(path.join(tp.repo, 'node_modules', '.cache', 'tool', 'owner.txt'));
    for (const name of ['cache-a', 'cache-b']) {
      const r = await tp.orch(['close', name]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('detached node_modules');
    }
    expect(existsSync(a) || existsSync(b)).toBe(false);
    h.mainIntact();
  });

  it('close detaches the links of the entries shape and removes the private cache with the worktree, never the main checkout\'s', async () => {
    const { h, tp } = cur;
    const wt = await h.start('own');
    // A tool writes a private cache into the worktree's own folder.
    const cache = path.join(wt, 'node_modules', '.cache', 'tool');
    await execa('mkdir', ['-p', cache]);
    writeFileSync(path.join(cache, 'private.json'), '{}');
    const r = await tp.orch(['close', 'own', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).steps).toEqual(expect.arrayContaining([expect.stringMatching(/^detached node_modules: \d+ link\(s\) to the main checkout's packages/)]));
    expect(existsSync(wt)).toBe(false);
    h.mainIntact();
    expect(lstatSync(path.join(tp.repo, 'node_modules', '@acme', 'util')).isDirectory()).toBe(true);
    // The next worktree still gets working links: the close took only this worktree's.
    const next = await h.start('next');
    expect(readFileSync(path.join(next, 'node_modules', 'left-pad', 'index.js'), 'utf8')).toBe(readFileSync(path.join(tp.repo, 'node_modules', 'left-pad', 'index.js'), 'utf8'));
  });
});
