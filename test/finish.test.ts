import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useForgeProjects, json, originSha } from './support/forge-project.js';
import { waitFor, type TestProject } from './support/project.js';

const make = useForgeProjects();

/** Dispatches issue 1 to the stand-in worker and waits for its commit; returns the worker name and worktree. */
async function dispatched(tp: TestProject, gh: { addIssue: (i: { number: number; title: string }) => void }, title = 'Fix the widget') {
  gh.addIssue({ number: 1, title });
  const r = await tp.orch(['start-issues', '1', '--json']);
  expect(r.code, r.stderr).toBe(0);
  const name: string = json(r.stdout).rows[0].name;
  const wt = path.join(tp.worktrees, name);
  await waitFor(async () => (await tp.git(['log', '-1', '--format=%s'], wt)).startsWith('demo('), 40_000, 'the stand-in commit');
  return { name, wt, branch: `fix/1-${name.slice('fix-1-'.length)}` };
}

/** Every file under dir (but .git) with its bytes: "exactly as before" means this is equal. */
function snapshot(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(path.join(dir, rel))) {
    const p = path.join(rel, f);
    if (p === '.git') continue;
    if (statSync(path.join(dir, p)).isDirectory()) Object.assign(out, snapshot(dir, p));
    else out[p] = readFileSync(path.join(dir, p), 'base64');
  }
  return out;
}

/** Advances origin/main from the main checkout, as another merged PR would. */
async function advanceMain(tp: TestProject, file: string, content: string) {
  writeFileSync(path.join(tp.repo, file), content);
  await tp.git(['add', file]);
  await tp.git(['commit', '-q', '-m', `main: ${file}`]);
  await tp.git(['push', '-q', 'origin', 'main']);
}

describe('orch finish', () => {
  it('commits leftovers (never orch files), tests, pushes and opens one PR; again: the same PR; after a rebase: force-with-lease', { timeout: 150_000 }, async () => {
    const { tp, gh } = await make({ config: { layout: { type: 'root', envFiles: ['.env'], testCmd: 'echo tests-ran-ok' } } });
    const { name, wt, branch } = await dispatched(tp, gh);
    expect(existsSync(path.join(wt, '.claude', 'settings.local.json'))).toBe(true);
    mkdirSync(path.join(wt, 'src'), { recursive: true });
    writeFileSync(path.join(wt, 'src', 'change.txt'), 'left over\n');
    // Even when info/exclude no longer hides the brief, finish keeps it out of the commit.
    const exclude = path.join(tp.repo, '.git', 'info', 'exclude');
    writeFileSync(exclude, readFileSync(exclude, 'utf8').replace('/.claude-bootstrap.md\n', ''));
    expect(await tp.git(['status', '--porcelain'], wt)).toContain('.claude-bootstrap.md');

    // As the worker does: from inside its worktree.
    const r = await tp.orch(['finish', name], { cwd: wt });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^PR #\d+ opened: http:\/\/127\.0\.0\.1:\d+\/|^PR #\d+ opened: https:\/\/github\.com\/acme\/widgets\/pull\/\d+/);
    const files = (await tp.git(['log', '--name-only', '--format=', 'origin/main..HEAD'], wt)).split('\n').filter(Boolean).sort();
    expect(files).toEqual([`notes/${name}.md`, 'src/change.txt']);
    expect(await tp.git(['log', '-1', '--format=%s'], wt)).toBe(`fix(${name}): Fix the widget`);
    expect(originSha(tp.origin, branch)).toBe(await tp.git(['rev-parse', 'HEAD'], wt));
    expect(await tp.git(['rev-parse', '--abbrev-ref', '@{upstream}'], wt)).toBe(`origin/${branch}`);
    const pulls = gh.pulls();
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({ head: { ref: branch }, base: { ref: 'main' }, title: 'Fix the widget', draft: false });
    expect(pulls[0]!.body).toContain('Closes #1');
    expect(pulls[0]!.body).toContain('`echo tests-ran-ok` passed');
    expect((await tp.project()).registry.getWorker(name)?.pr).toBe(pulls[0]!.number);

    const twice = await tp.orch(['finish', name, '--json']);
    expect(twice.code, twice.stderr).toBe(0);
    expect(json(twice.stdout)).toMatchObject({ push: 'up-to-date', rebased: false, pr: { number: pulls[0]!.number, created: false } });

    // origin/main moves on and the worker adds a commit: rebase, then a lease-guarded push of the rewritten branch.
    await advanceMain(tp, 'OTHER.md', 'someone else\n');
    writeFileSync(path.join(wt, 'more.txt'), 'more\n');
    await tp.git(['add', 'more.txt'], wt);
    await tp.git(['commit', '-q', '-m', 'more work'], wt);
    const third = await tp.orch(['finish', name, '--json']);
    expect(third.code, third.stderr).toBe(0);
    expect(json(third.stdout)).toMatchObject({ rebased: true, push: 'force-with-lease', pr: { created: false } });
    expect(originSha(tp.origin, branch)).toBe(await tp.git(['rev-parse', 'HEAD'], wt));
    expect(await tp.git(['merge-base', '--is-ancestor', 'origin/main', 'HEAD'], wt)).toBe('');
    expect(gh.pulls()).toHaveLength(1);
    // The base branch itself was never pushed by finish.
    expect(originSha(tp.origin, 'main')).toBe(await tp.git(['rev-parse', 'main']));
  });

  it('a PR someone opened by hand for the branch is reported, not opened twice', { timeout: 150_000 }, async () => {
    const { tp, gh } = await make({ config: { layout: { type: 'root', envFiles: [], testCmd: 'echo tests-ran-ok' } } });
    const { name, wt, branch } = await dispatched(tp, gh);
    await tp.git(['push', '-q', 'origin', `HEAD:refs/heads/${branch}`], wt);
    const byHand = await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/pulls`, { method: 'POST', headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ head: branch, base: 'main', title: 'Opened by hand' }) });
    expect(byHand.status).toBe(201);
    const number = ((await byHand.json()) as { number: number }).number;
    const r = await tp.orch(['finish', name, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).pr).toMatchObject({ number, created: false });
    expect(r.stderr).toContain(`pull request #${number} is already open`);
    expect(gh.pulls()).toHaveLength(1);
    expect((await tp.project()).registry.getWorker(name)?.pr).toBe(number);
  });

  it('failing tests stop it: the output tail is shown and nothing is pushed', { timeout: 150_000 }, async () => {
    const { tp, gh } = await make({ config: { layout: { type: 'root', envFiles: [], testCmd: 'echo first-line; echo the-failure-detail >&2; exit 3' } } });
    const { name, branch } = await dispatched(tp, gh);
    const r = await tp.orch(['finish', name]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tests failed');
    expect(r.stderr).toContain('exited with 3');
    expect(r.stderr).toContain('the-failure-detail');
    expect(r.stderr).toContain('nothing was pushed');
    expect(originSha(tp.origin, branch)).toBeUndefined();
    expect(gh.pulls()).toEqual([]);
    // --no-test opens it anyway, as a draft here.
    const skip = await tp.orch(['finish', name, '--no-test', '--draft', '--title', 'Widget fix', '--json']);
    expect(skip.code, skip.stderr).toBe(0);
    expect(json(skip.stdout).tests.status).toBe('skipped');
    expect(gh.pulls()[0]).toMatchObject({ draft: true, title: 'Widget fix' });
    expect(gh.pulls()[0]!.body).toContain('Skipped (`orch finish --no-test`)');
  });

  it('an env file the repository does not ignore stays out of git; when its exclusion is lost, finish refuses and pushes nothing', { timeout: 150_000 }, async () => {
    const secret = 'sk-test-9f8e7d6c5b4a3210';
    const { tp, gh } = await make({ config: { layout: { type: 'root', envFiles: ['.env.local'], nodeModules: 'node_modules', testCmd: 'echo ok' } } });
    writeFileSync(path.join(tp.repo, '.env.local'), `SECRET_TOKEN=${secret}\nPORT=3000\n`);
    mkdirSync(path.join(tp.repo, 'node_modules', 'dep'), { recursive: true });
    writeFileSync(path.join(tp.repo, 'node_modules', 'dep', 'index.js'), '\n');
    expect(await tp.git(['check-ignore', '--no-index', '-q', '.env.local']).catch(() => 'not ignored by .gitignore')).toBe('not ignored by .gitignore');
    const { name, wt, branch } = await dispatched(tp, gh);
    expect(readFileSync(path.join(wt, '.env.local'), 'utf8')).toContain(secret);
    // The env file, the dependency link and the brief are all there, and git sees none of them.
    expect(statSync(path.join(wt, 'node_modules')).isDirectory()).toBe(true);
    expect(existsSync(path.join(wt, '.claude-bootstrap.md'))).toBe(true);
    expect(await tp.git(['status', '--porcelain', '--untracked-files=all'], wt)).toBe('');

    // The second layer: info/exclude lost its line (as after a hand edit), and finish still keeps the file home.
    const exclude = path.join(tp.repo, '.git', 'info', 'exclude');
    const excluded = readFileSync(exclude, 'utf8');
    writeFileSync(exclude, excluded.replace('/.env.local\n', ''));
    expect(await tp.git(['status', '--porcelain'], wt)).toContain('.env.local');
    const head = await tp.git(['rev-parse', 'HEAD'], wt);
    const r = await tp.orch(['finish', name]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('refusing to finish');
    expect(r.stderr).toContain('.env.local (listed in layout.envFiles)');
    expect(r.stderr).toContain('nothing was committed or pushed');
    expect(await tp.git(['rev-parse', 'HEAD'], wt)).toBe(head);
    expect(await tp.git(['diff', '--cached', '--name-only'], wt)).toBe('');
    expect(originSha(tp.origin, branch)).toBeUndefined();
    expect(gh.pulls()).toEqual([]);

    // Test output that prints the env file is redacted like a token.
    writeFileSync(exclude, excluded);
    tp.writeConfig({ ...tp.raw, layout: { type: 'root', envFiles: ['.env.local'], testCmd: 'cat .env.local; exit 1' } });
    const failing = await tp.orch(['finish', name]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain('SECRET_TOKEN=***');
    expect(failing.stderr).not.toContain(secret);

    tp.writeConfig({ ...tp.raw, layout: { type: 'root', envFiles: ['.env.local'], testCmd: 'cat .env.local' } });
    const ok = await tp.orch(['finish', name, '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(`${ok.stdout}${ok.stderr}`).not.toContain(secret);
    expect(await tp.git(['ls-tree', '-r', '--name-only', `origin/${branch}`], wt)).not.toContain('.env.local');
    expect(gh.pulls()).toHaveLength(1);
    expect(gh.pulls()[0]!.body).not.toContain(secret);
    expect(gh.pulls()[0]!.title).not.toContain(secret);
  });

  it('a worker that committed .env itself: finish names the file and the commit, pushes nothing; the hint fixes it', { timeout: 150_000 }, async () => {
    const { tp, gh } = await make();
    writeFileSync(path.join(tp.repo, '.env'), 'DATABASE_URL=postgres://app:pa55word@db/app\n');
    const { name, wt, branch } = await dispatched(tp, gh);
    writeFileSync(path.join(wt, 'config.txt'), 'db from DATABASE_URL\n');
    await tp.git(['add', '-f', '.env', 'config.txt'], wt);
    await tp.git(['commit', '-q', '-m', 'add config'], wt);
    const sha = (await tp.git(['rev-parse', 'HEAD'], wt)).slice(0, 7);

    const r = await tp.orch(['finish', name]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`the commits to push add .env (listed in layout.envFiles, in commit ${sha})`);
    expect(r.stderr).toContain('nothing was pushed');
    expect(r.stderr).toContain('git rm --cached .env');
    expect(r.stderr).toContain('git commit --amend');
    expect(originSha(tp.origin, branch)).toBeUndefined();
    expect(gh.pulls()).toEqual([]);
    expect(gh.requests.filter((q) => q.method === 'POST')).toEqual([]);

    // A key file committed and deleted again is still in the history that would be pushed.
    writeFileSync(path.join(wt, 'deploy.pem'), '-----BEGIN PRIVATE KEY-----\n');
    await tp.git(['add', 'deploy.pem'], wt);
    await tp.git(['commit', '-q', '-m', 'key'], wt);
    await tp.git(['rm', '-q', 'deploy.pem'], wt);
    await tp.git(['commit', '-q', '-m', 'remove key'], wt);
    const again = await tp.orch(['finish', name]);
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(/deploy\.pem \(a PEM key or certificate, in commit [0-9a-f]{7}\)/);
    expect(originSha(tp.origin, branch)).toBeUndefined();

    // As the hint says: take it out of the history, then finish works.
    await tp.git(['reset', '-q', '--hard', `${sha}`], wt);
    await tp.git(['rm', '-q', '--cached', '.env'], wt);
    await tp.git(['commit', '-q', '--amend', '--no-edit'], wt);
    const ok = await tp.orch(['finish', name]);
    expect(ok.code, ok.stderr).toBe(0);
    const pushed = (await tp.git(['ls-tree', '-r', '--name-only', `origin/${branch}`], wt)).split('\n');
    expect(pushed).toContain('config.txt');
    expect(pushed).not.toContain('.env');
    expect(gh.pulls()).toHaveLength(1);
    expect(gh.pulls()[0]!.body).not.toContain('pa55word');
  });

  it('a rebase conflict is aborted: the worktree is byte-for-byte as before, the files are listed, nothing is pushed', { timeout: 150_000 }, async () => {
    const { tp, gh } = await make();
    const { name, wt, branch } = await dispatched(tp, gh);
    writeFileSync(path.join(wt, 'README.md'), '# changed by the worker\n');
    await tp.git(['commit', '-q', '-am', 'worker edits the readme'], wt);
    await advanceMain(tp, 'README.md', '# changed on main\n');
    const before = { head: await tp.git(['rev-parse', 'HEAD'], wt), status: await tp.git(['status', '--porcelain', '--untracked-files=all', '--ignored'], wt), files: snapshot(wt) };

    const r = await tp.orch(['finish', name]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/conflicts in README\.md/);
    expect(r.stderr).toContain('the worktree is as it was');
    const after = { head: await tp.git(['rev-parse', 'HEAD'], wt), status: await tp.git(['status', '--porcelain', '--untracked-files=all', '--ignored'], wt), files: snapshot(wt) };
    expect(after).toEqual(before);
    expect(await tp.git(['branch', '--show-current'], wt)).toBe(branch);
    expect(originSha(tp.origin, branch)).toBeUndefined();
    expect(gh.pulls()).toEqual([]);
  });
});
