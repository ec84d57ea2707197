import path from 'node:path';
import { existsSync, lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TestProject } from './support/project.js';
import { linksMain, useTeardownProject } from './support/teardown.js';

/** What `orch close` refuses, and what it never does even with --force: delete through a link, touch the main checkout. */

const cur = useTeardownProject();

describe('orch close refusals', () => {
  it('refuses when the node_modules link became a real directory; --force removes only the worktree copy', async () => {
    const { h, tp } = cur;
    const wt = await h.start('realdir');
    // Removing the worktree's node_modules removes its links only, never what they point at.
    rmSync(path.join(wt, 'node_modules'), { recursive: true });
    h.mainIntact();
    mkdirSync(path.join(wt, 'node_modules', 'left-pad'), { recursive: true });
    writeFileSync(path.join(wt, 'node_modules', 'left-pad', 'index.js'), 'worktree copy\n');
    const r = await tp.orch(['close', 'realdir']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('link-is-real-dir');
    expect(existsSync(path.join(wt, 'node_modules', 'left-pad', 'index.js'))).toBe(true);
    const f = await tp.orch(['close', 'realdir', '--force']);
    expect(f.code, f.stderr).toBe(0);
    expect(existsSync(wt)).toBe(false);
    h.mainIntact();
  });

  it('with --force, detaches any other link into the main checkout before removing, never deleting through it', async () => {
    const { h, tp } = cur;
    const wt = await h.start('sneaky');
    mkdirSync(path.join(wt, 'deep', 'er'), { recursive: true });
    symlinkSync(path.join(tp.repo, 'node_modules'), path.join(wt, 'deep', 'er', 'mods'), 'dir');
    symlinkSync(tp.repo, path.join(wt, 'whole-repo'), 'dir');
    const r = await tp.orch(['close', 'sneaky']);
    expect(r.code).toBe(3); // the links are untracked files
    expect(r.stderr).toContain('uncommitted');
    const f = await tp.orch(['close', 'sneaky', '--force']);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stderr).toMatch(/detached link deep\/er\/mods ->/);
    expect(f.stderr).toMatch(/detached link whole-repo ->/);
    expect(existsSync(wt)).toBe(false);
    h.mainIntact();
    expect(existsSync(path.join(tp.repo, 'README.md'))).toBe(true);
  });

  it('a committed link into the main checkout is detached for removal and put back exactly when git then refuses', async () => {
    const { h, tp } = cur;
    const wt = await h.start('tracked');
    symlinkSync('../../repo/node_modules', path.join(wt, 'shared-mods'));
    await tp.git(['add', 'shared-mods'], wt);
    await tp.git(['commit', '-q', '-m', 'link'], wt);
    await tp.git(['push', '-q', 'origin', 'feature/tracked'], wt);
    const r = await tp.orch(['close', 'tracked']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('git would not remove');
    expect(r.stderr).toContain('its links restored');
    expect(readlinkSync(path.join(wt, 'shared-mods'))).toBe('../../repo/node_modules');
    expect(linksMain(tp, wt)).toBe(true);
    expect(await tp.git(['status', '--porcelain'], wt)).toBe('');
    const f = await tp.orch(['close', 'tracked', '--force']);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stderr).toContain('detached link shared-mods ->');
    expect(existsSync(wt)).toBe(false);
    h.mainIntact();
  });

  it('refuses a working worker until --force, and then closes its window', async () => {
    const { h, tp } = cur;
    await h.start('busy');
    expect((await tp.tmux(['new-session', '-d', '-s', 'orchtest', '-n', 'busy', 'sleep', '600'])).code).toBe(0);
    const project = await tp.project();
    const ev = { at: new Date().toISOString(), event: 'PreToolUse', tool: 'Bash', summary: 'npm test' };
    writeFileSync(project.registry.eventsFile('busy'), `${JSON.stringify(ev)}\n`);
    const r = await tp.orch(['close', 'busy']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/working: busy is working \(Bash: npm test\)/);
    expect((await tp.tmux(['list-windows', '-t', 'orchtest', '-F', '#{window_name}'])).stdout).toContain('busy');
    const f = await tp.orch(['close', 'busy', '--force']);
    expect(f.code, f.stderr).toBe(0);
    expect(f.stderr).toContain('closed window busy');
    expect((await tp.tmux(['list-windows', '-a', '-F', '#{window_name}'])).stdout).not.toContain('busy');
    expect(existsSync(project.registry.eventsFile('busy'))).toBe(false);
  });

  it("refuses the orchestrator's own worktree even with --force", async () => {
    const { h, tp } = cur;
    const wt = await h.start('orchestrator');
    const r = await tp.orch(['close', 'orchestrator', '--force']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("orchestrator: orchestrator is the orchestrator's own worktree");
    expect(r.stderr).toContain('even with --force');
    expect(existsSync(wt)).toBe(true);
  });

  it('refuses a registered worktree outside worktreesPath unless --force, and never touches the main checkout', async () => {
    const { h, tp } = cur;
    const outside = path.join(tp.root, 'elsewhere');
    await tp.git(['worktree', 'add', '-q', '-b', 'feature/outside', outside, 'main']);
    const project = await tp.project();
    project.registry.putWorker({ version: 1, name: 'outside', kind: 'task', branch: 'feature/outside', base: 'main', worktree: outside, session: 'orchtest', window: 'outside', mux: 'tmux', created: new Date().toISOString(), links: [] });
    const r = await tp.orch(['close', 'outside']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('outside-worktrees');
    expect(existsSync(outside)).toBe(true);
    const f = await tp.orch(['close', 'outside', '--force']);
    expect(f.code, f.stderr).toBe(0);
    expect(existsSync(outside)).toBe(false);

    project.registry.putWorker({ version: 1, name: 'mainco', kind: 'task', base: 'main', worktree: tp.repo, session: 'orchtest', window: 'mainco', mux: 'tmux', created: new Date().toISOString(), links: [] });
    const m = await tp.orch(['close', 'mainco', '--force']);
    expect(m.code).toBe(3);
    expect(m.stderr).toContain('main-checkout');
    h.mainIntact();
    expect(existsSync(path.join(tp.repo, '.git'))).toBe(true);
  });
});
