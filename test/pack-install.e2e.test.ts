import path from 'node:path';
import os from 'node:os';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestProject, REPO_ROOT, type TestProject } from './support/project.js';
import { copyRepository } from './support/repo-copy.js';

// `npm pack`, then `npm install -g <tarball>` into a temp prefix, offline with an empty cache: the package must
// carry everything it runs (the bundle in dist/), so the install fetches nothing and the binary works without any
// of this repository's node_modules.
const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-pack-')));
const prefix = path.join(root, 'prefix');
const npmEnv = { npm_config_cache: path.join(root, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
let tarball = '';
let packed: Array<{ path: string }> = [];
let project: TestProject;

beforeAll(async () => {
  // --ignore-scripts: pack the committed dist/ as it is (prepare would rebuild it under the other tests' feet).
  const r = await execa('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], { cwd: REPO_ROOT, env: npmEnv });
  const [info] = JSON.parse(String(r.stdout)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(root, info!.filename);
  packed = info!.files;
  project = await makeTestProject({ worker: 'none' });
}, 120_000);

afterAll(async () => {
  await project?.cleanup();
  rmSync(root, { recursive: true, force: true });
});

describe('npm pack + npm install -g <tarball>', () => {
  it('the tarball holds the bundle, the plugin files and no sources', () => {
    const files = packed.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'bin/orch.js', 'dist/bin.js', 'dist/adapters/headless-runner.js', 'dist/demo/stand-in-worker.js', 'commands/session.md', '.claude-plugin/plugin.json']));
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('node_modules/'))).toEqual([]);
  });

  it('installs offline with nothing to fetch: the package has no dependencies', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    // Runtime packages are bundled into dist/ by scripts/build.mjs; a new one belongs in devDependencies.
    expect(pkg.dependencies ?? {}).toEqual({});
    const r = await execa('npm', ['install', '-g', tarball, '--prefix', prefix, '--offline'], { cwd: root, env: npmEnv, reject: false });
    expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(0);
    const installed = path.join(prefix, 'lib', 'node_modules', 'session-orchestrator');
    expect(existsSync(path.join(installed, 'dist', 'bin.js'))).toBe(true);
    expect(existsSync(path.join(installed, 'node_modules'))).toBe(false);
  }, 120_000);

  it('<prefix>/bin/orch --version prints the package version', async () => {
    const r = await execa(path.join(prefix, 'bin', 'orch'), ['--version'], { cwd: root, reject: false });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(String(r.stdout)).toBe(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });

  it('npm install -g . in a clone without node_modules links it, and orch runs', async () => {
    const clone = path.join(root, 'clone');
    copyRepository(clone);
    const linkPrefix = path.join(root, 'link-prefix');
    const r = await execa('npm', ['install', '-g', '.', '--prefix', linkPrefix, '--offline'], { cwd: clone, env: npmEnv, reject: false });
    expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(0);
    const v = await execa(path.join(linkPrefix, 'bin', 'orch'), ['--version'], { cwd: root, reject: false });
    expect(v.exitCode, v.stderr).toBe(0);
    expect(String(v.stdout)).toBe(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
  }, 120_000);

  it('orch list --json in a git repository with a session config', async () => {
    const r = await execa(path.join(prefix, 'bin', 'orch'), ['list', '--json'], { cwd: project.repo, env: { ...project.env, PATH: process.env.PATH }, extendEnv: false, reject: false });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(String(r.stdout))).toMatchObject({ session: 'orchtest', workers: [], queued: [], zombies: [], orphanWindows: [], missingWorktrees: [] });
  });
});
