#!/usr/bin/env node
// Dispatch benchmark: `orch start-issues 1..20` against the GitHub emulator with the instant stand-in
// worker, next to its floor: a plain shell loop of `git worktree add` + `tmux new-window` (same worker
// command) 20 times. Both sides run alternately in one process; the ratio of medians is the result.
//
//   node bench/dispatch.mjs [--runs 3] [--issues 20] [--concurrency 4,8] [--json FILE] [--keep] [--orch FILE]
//
// The emulator is TypeScript under test/support: it is compiled here with the repository's tsc into
// node_modules/.cache/orch-bench-emulator (no new dependency, nothing in the working tree). dist/ is
// rebuilt first when it is not what src/ builds. Setup (git init, emulator start) is outside the timed part on
// both sides, and every run's result is checked on both sides (every issue dispatched; every worktree and window
// there). --orch measures another build's bin/orch.js (bench/run.mjs passes its own --orch on).
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let ORCH = path.join(ROOT, 'bin', 'orch.js');
const STAND_IN = path.join(ROOT, 'dist', 'demo', 'stand-in-worker.js');
const NODE = process.execPath;
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'orch-bench-emulator');

function parseArgs(argv) {
  const o = { runs: 3, issues: 20, concurrency: [4, 8], json: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i] ?? (() => { throw new Error(`${a} needs a value`); })();
    if (a === '--runs') o.runs = Number(v());
    else if (a === '--issues') o.issues = Number(v());
    else if (a === '--concurrency') o.concurrency = v().split(',').map(Number);
    else if (a === '--json') o.json = path.resolve(v());
    else if (a === '--keep') o.keep = true;
    else if (a === '--orch') ORCH = path.resolve(v());
    else throw new Error(`unknown option ${a}`);
  }
  if (!(o.runs >= 1 && o.issues >= 1 && o.concurrency.every((c) => c >= 1))) throw new Error('--runs, --issues and --concurrency take positive numbers');
  return o;
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.slice(0, 4).join(' ')} failed (${r.status}): ${String(r.stderr).trim().slice(0, 800)}`);
  return r.stdout;
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], n: s.length };
}

/** Compiles the emulator (and only it) with the repository's TypeScript; JSON index copied beside it. */
function compileEmulator() {
  mkdirSync(CACHE, { recursive: true });
  const tsconfig = path.join(CACHE, 'tsconfig.json');
  writeFileSync(tsconfig, JSON.stringify({
    extends: path.join(ROOT, 'tsconfig.json'),
    compilerOptions: { noEmit: false, outDir: path.join(CACHE, 'out'), rootDir: ROOT, declaration: false, sourceMap: false },
    include: [path.join(ROOT, 'test', 'support', 'github-emulator.ts')],
  }));
  sh(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', tsconfig], { cwd: ROOT });
  copyFileSync(path.join(ROOT, 'test', 'support', 'openapi-index.json'), path.join(CACHE, 'out', 'test', 'support', 'openapi-index.json'));
  return path.join(CACHE, 'out', 'test', 'support', 'github-emulator.js');
}

let seq = 0;
const cleanups = [];

/** A repository with a bare origin and a session config whose worker is the stand-in; its own tmux socket. */
function makeProject(o, apiUrl) {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-bench-dispatch-')));
  const socket = `orch-bd-${process.pid}-${++seq}`;
  const repo = path.join(root, 'repo');
  const origin = path.join(root, 'origin.git');
  const cleanup = () => {
    spawnSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
    rmSync(path.join(`/tmp/tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
    if (!o.keep) rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  cleanups.push(cleanup);
  sh('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  sh('git', ['init', '-q', '-b', 'main', repo]);
  for (const [k, v] of [['user.name', 'Orch Bench'], ['user.email', 'orch-bench@example.invalid'], ['commit.gpgsign', 'false']]) sh('git', ['config', k, v], { cwd: repo });
  writeFileSync(path.join(repo, 'README.md'), '# bench\n');
  sh('git', ['add', '.'], { cwd: repo });
  sh('git', ['commit', '-q', '-m', 'Initial commit'], { cwd: repo });
  sh('git', ['remote', 'add', 'origin', origin], { cwd: repo });
  sh('git', ['push', '-q', '-u', 'origin', 'main'], { cwd: repo });
  const config = {
    projectName: 'repo', psmuxSession: 'orchbench', defaultBranch: 'main', muxSocket: socket, mux: 'tmux', maxWorkers: 100,
    githubRepo: 'acme/widgets', githubApiUrl: apiUrl ?? 'http://127.0.0.1:9',
    workerCli: { preset: 'generic', cmd: NODE, args: [STAND_IN], ready: { matchAny: ['stand-in ready>'] } },
    layout: { type: 'root', envFiles: [] },
  };
  mkdirSync(path.join(repo, '.claude'));
  writeFileSync(path.join(repo, '.claude', 'session-plugin.json'), JSON.stringify(config, null, 2));
  writeFileSync(path.join(repo, '.git', 'info', 'exclude'), '/.claude/\n', { flag: 'a' });
  return { root, repo, socket, worktrees: path.join(root, 'repo-worktrees'), cleanup };
}

const env = (extra) => {
  const e = { ...process.env, NO_COLOR: '1', ORCH_GH_BIN: '/nonexistent/gh', ...extra };
  for (const k of ['TMUX', 'TMUX_PANE', 'GH_TOKEN', 'ORCH_CONFIG', 'ORCH_CWD']) delete e[k];
  return e;
};

async function orchSide(o, startGitHubEmulator, concurrency) {
  const gh = await startGitHubEmulator({});
  for (let n = 1; n <= o.issues; n++) gh.addIssue({ number: n, title: `Bench issue number ${n}`, body: 'Make it faster.' });
  const p = makeProject(o, gh.url);
  try {
    const args = ['start-issues', ...Array.from({ length: o.issues }, (_, i) => String(i + 1)), '--concurrency', String(concurrency), '--json'];
    const t0 = process.hrtime.bigint();
    // Asynchronous on purpose: the emulator answers from this process, so a blocking spawn would deadlock.
    const out = await new Promise((resolve, reject) => {
      execFile(NODE, [ORCH, ...args], { cwd: p.repo, env: env({ GITHUB_TOKEN: gh.token, ORCH_MUX_SOCKET: p.socket }), maxBuffer: 64 * 1024 * 1024, timeout: 300_000 }, (e, stdout, stderr) =>
        e ? reject(new Error(`orch start-issues failed: ${String(stderr).trim().slice(0, 800) || e.message}`)) : resolve(stdout),
      );
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const rows = JSON.parse(out).rows;
    const bad = rows.filter((r) => r.status !== 'dispatched');
    if (rows.length !== o.issues || bad.length) throw new Error(`start-issues did not dispatch everything: ${JSON.stringify(bad.slice(0, 3))}`);
    return ms;
  } finally {
    p.cleanup();
    await gh.close();
  }
}

/** The least work that yields the same worktrees and windows: one shell loop, no GitHub, no checks. */
function floorSide(o) {
  const p = makeProject(o);
  const script = [
    'tmux -L "$1" new-session -d -s orchbench -n base -x 200 -y 50',
    'i=1',
    'while [ "$i" -le "$2" ]; do',
    '  git worktree add -q -b "fix/$i-bench-issue-number-$i" "$3/fix-$i-bench-issue-number-$i" origin/main',
    '  tmux -L "$1" new-window -d -t orchbench: -n "fix-$i-bench-issue-number-$i" -c "$3/fix-$i-bench-issue-number-$i" "$4" "$5"',
    '  i=$((i + 1))',
    'done',
  ].join('\n');
  try {
    const t0 = process.hrtime.bigint();
    sh('sh', ['-c', script, 'floor', p.socket, String(o.issues), p.worktrees, NODE, STAND_IN], { cwd: p.repo, env: env({}) });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const windows = sh('tmux', ['-L', p.socket, 'list-windows', '-t', '=orchbench', '-F', '#{window_name}']).split('\n').filter((l) => l.startsWith('fix-')).length;
    const worktrees = (sh('git', ['worktree', 'list', '--porcelain'], { cwd: p.repo }).match(/^worktree /gm) ?? []).length - 1;
    if (windows !== o.issues || worktrees !== o.issues) throw new Error(`the floor made ${worktrees} worktrees and ${windows} windows, not ${o.issues}`);
    return ms;
  } finally {
    p.cleanup();
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(ORCH)) throw new Error(`--orch ${ORCH}: no such file`);
  if (spawnSync(NODE, [path.join(ROOT, 'scripts', 'build.mjs'), '--check'], { cwd: ROOT, stdio: 'ignore' }).status !== 0) sh(NODE, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
  const { startGitHubEmulator } = await import(pathToFileURL(compileEmulator()).href);
  const rows = [];
  for (const c of o.concurrency) {
    const a = [];
    const b = [];
    await orchSide(o, startGitHubEmulator, c);
    floorSide(o);
    for (let i = 0; i < o.runs; i++) {
      // Alternate the order so neither side always runs right after the other warmed a cache.
      if (i % 2) b.push(floorSide(o)), a.push(await orchSide(o, startGitHubEmulator, c));
      else a.push(await orchSide(o, startGitHubEmulator, c)), b.push(floorSide(o));
    }
    const row = {
      name: `orch start-issues, ${o.issues} issues, --concurrency ${c} (emulator, stand-in worker)`,
      orch: stats(a),
      floor: stats(b),
      floorName: `sh loop: git worktree add + tmux new-window x${o.issues}`,
      goalMax: 2,
    };
    row.ratio = row.orch.median / row.floor.median;
    row.met = row.ratio <= row.goalMax;
    rows.push(row);
    const f = (s) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}-${s.max.toFixed(0)})`;
    process.stdout.write(`${row.name}\n  orch  ${f(row.orch)}\n  floor ${f(row.floor)}\n  ratio ${row.ratio.toFixed(2)}x (goal <= ${row.goalMax}x: ${row.met ? 'met' : 'MISSED'})\n`);
  }
  if (o.json) writeFileSync(o.json, `${JSON.stringify({ rows }, null, 2)}\n`);
  else process.stdout.write(`${JSON.stringify({ rows })}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench/dispatch: ${e?.stack ?? e}\n`);
  process.exitCode = 1;
}).finally(() => {
  for (const c of cleanups) {
    try {
      c();
    } catch {
      /* best effort */
    }
  }
});
