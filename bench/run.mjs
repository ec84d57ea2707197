#!/usr/bin/env node
// `npm run bench`: every orch hot path measured side by side with its floor (the least work that could
// produce the same result), alternately, in one run. Absolute times on a shared machine are noise; the
// ratio of medians is the number that means something.
//
//   node bench/run.mjs [--runs 15] [--json bench/results.json] [--only hook-pre,list-50,...]
//                      [--rss-minutes 2] [--rss-interval 5s] [--latency-samples 10] [--dispatch-runs 3]
//                      [--dispatch-timeout 10m] [--keep] [--orch other/bin/orch.js]
//
// Plain Node on the bundled CLI (dist/, rebuilt first when it is not what the sources build). Every row times
// processes from spawn to exit: orch, and its reference (`node -e 0`, or bench/same-facts.sh, a shell script that
// gathers the facts orch reports with orch's parallelism); every timed run's output is checked, not only the
// warm-up's. Every temp dir and the private tmux server (-L orch-bench-<pid>) are removed at the end, even on failure.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// --orch <path/to/bin/orch.js> benchmarks another build (say a copy of main) against the same floors.
let ORCH = path.join(ROOT, 'bin', 'orch.js');
const NODE = process.execPath;
const PAYLOADS = path.join(ROOT, 'test', 'fixtures', 'claude-screens', 'hooks-payloads.jsonl');
const DISPATCH = path.join(ROOT, 'bench', 'dispatch.mjs');
const SAME_FACTS = path.join(ROOT, 'bench', 'same-facts.sh');

// ---------------------------------------------------------------------------------------------- options

class UsageError extends Error {}

function parseArgs(argv) {
  const o = { runs: 15, json: undefined, only: undefined, rssMinutes: 2, rssIntervalMs: 5000, latencySamples: 10, dispatchRuns: 3, dispatchTimeoutMs: 600_000, keep: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') o.runs = posInt(val(), a);
    else if (a === '--json') o.json = path.resolve(val());
    else if (a === '--only') {
      o.only = new Set(val().split(',').map((s) => s.trim()).filter(Boolean));
      const bad = [...o.only].filter((id) => !ORDER.includes(id));
      if (bad.length) throw new UsageError(`--only: unknown row ${bad.join(', ')} (rows: ${ORDER.join(', ')})`);
    }
    else if (a === '--rss-minutes') o.rssMinutes = posNum(val(), a);
    else if (a === '--rss-interval') o.rssIntervalMs = duration(val(), a);
    else if (a === '--latency-samples') o.latencySamples = posInt(val(), a);
    else if (a === '--dispatch-runs') o.dispatchRuns = posInt(val(), a);
    else if (a === '--dispatch-timeout') o.dispatchTimeoutMs = duration(val(), a);
    else if (a === '--keep') o.keep = true;
    else if (a === '--orch') o.orch = path.resolve(val());
    else if (a === '-h' || a === '--help') o.help = true;
    else throw new UsageError(`unknown option ${a} (try --help)`);
  }
  return o;
}
function posInt(v, flag) {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`${flag} expects a positive whole number, got "${v}"`);
  return Number(v);
}
function posNum(v, flag) {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} expects a positive number, got "${v}"`);
  return n;
}
function duration(v, flag) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(v);
  if (!m) throw new UsageError(`${flag} expects a duration like 5s or 500ms, got "${v}"`);
  return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 'm' ? 60_000 : 1000);
}

const HELP = `npm run bench [-- options]      (node bench/run.mjs [options])

  --runs N             timed runs per side (default 15; one untimed warm-up each)
  --json FILE          write the table (and machine facts) as JSON
  --only IDS           comma-separated row ids: hook-pre, hook-post, hook-sh-post, hook-sh-bash, version, list-empty, list-50,
                       dash-50, monitor-20, dispatch, latency, rss, disk
  --rss-minutes M      length of the monitor --watch RSS run (default 2; the issue's full run is 30)
  --rss-interval DUR   monitor --watch --interval during the RSS run (default 5s)
  --latency-samples N  events appended in the latency row (default 10)
  --dispatch-runs N    --runs handed to bench/dispatch.mjs (default 3)
  --dispatch-timeout D kill bench/dispatch.mjs after this long (default 10m)
  --keep               keep the temp project (prints where) and its tmux server
  --orch FILE          the orch entry to measure in every row, dispatch included (default bin/orch.js;
                       another build's bin/orch.js for an A/B)
`;

// ---------------------------------------------------------------------------------------------- stats

const ms = (ns) => Number(ns) / 1e6;
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], n: s.length };
}

/** Times one synchronous child run (wall clock from spawn to exit); throws on a failing exit. */
function timed(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
  const t = ms(process.hrtime.bigint() - t0);
  if (r.error) throw r.error;
  if (r.status !== 0 && !opts.allowFail) throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).trim().slice(0, 800)}`);
  return { ms: t, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/**
 * orch and its reference(s) alternately, `runs` times each after one untimed warm-up per side. Each side is a
 * function returning a timed() result; `checks[side]` validates that side's output on every run, warm-up and
 * timed alike, so a failing or wrong command cannot pass for a fast one.
 */
function sideBySide(runs, sides, checks = {}) {
  const names = Object.keys(sides);
  const once = (k) => {
    const r = sides[k]();
    try {
      checks[k]?.(r);
    } catch (e) {
      throw new Error(`${k}: ${e.message}`);
    }
    return r;
  };
  for (const k of names) once(k);
  const times = Object.fromEntries(names.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    // Alternate the order so no side always runs on a cache another just warmed.
    for (const k of i % 2 === 0 ? names : [...names].reverse()) times[k].push(once(k).ms);
  }
  return Object.fromEntries(names.map((k) => [k, stats(times[k])]));
}

// ---------------------------------------------------------------------------------------------- cleanup

const cleanups = [];
const children = new Set();
let cleaned = false;
function cleanupAll() {
  if (cleaned) return;
  cleaned = true;
  for (const c of children) {
    try {
      c.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
  for (const fn of cleanups.reverse()) {
    try {
      fn();
    } catch (e) {
      process.stderr.write(`bench: cleanup step failed: ${e.message}\n`);
    }
  }
}
process.on('exit', cleanupAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    process.stderr.write(`\nbench: ${sig}, cleaning up\n`);
    cleanupAll();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------- fixture

function sh(cmd, args, cwd, input) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${String(r.stderr).trim()}`);
  return r.stdout;
}

/**
 * A real repository (this project's committed files, so `git status` has real work), a bare origin, a
 * session config, and a private tmux socket. Workers are added with git and registry records directly:
 * `orch start` per worker would dominate the suite's time without being what is measured.
 */
async function makeFixture(opts) {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-bench-')));
  const socket = `orch-bench-${process.pid}`;
  const session = 'orchbench';
  const repo = path.join(root, 'repo');
  const origin = path.join(root, 'origin.git');
  const worktrees = path.join(root, 'repo-worktrees');
  const tmuxSockFile = path.join(`/tmp/tmux-${process.getuid?.() ?? 0}`, socket);
  if (opts.keep) {
    cleanups.push(() => process.stderr.write(`bench: kept ${root}; its tmux server: tmux -L ${socket} (kill-server when done)\n`));
  } else {
    cleanups.push(() => {
      spawnSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
      rmSync(tmuxSockFile, { force: true });
    });
    cleanups.push(() => rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));
  }

  sh('git', ['init', '-q', '--bare', '-b', 'main', origin], root);
  mkdirSync(repo);
  sh('git', ['init', '-q', '-b', 'main', repo], root);
  for (const [k, v] of [['user.name', 'Orch Bench'], ['user.email', 'orch-bench@example.invalid'], ['commit.gpgsign', 'false']]) sh('git', ['config', k, v], repo);
  // This project's committed tree (~330 files): a realistic checkout for git status, worktree add and du.
  const tar = spawnSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  if (tar.status === 0) {
    const x = spawnSync('tar', ['-x', '-C', repo], { input: tar.stdout });
    if (x.status !== 0) throw new Error(`tar -x failed: ${x.stderr}`);
  } else {
    // Not a git checkout (an unpacked tarball): the sources will do.
    for (const d of ['src', 'test', 'reference', 'package.json', 'README.md']) if (existsSync(path.join(ROOT, d))) cpSync(path.join(ROOT, d), path.join(repo, d), { recursive: true });
  }
  sh('git', ['add', '-A'], repo);
  sh('git', ['commit', '-q', '-m', 'Initial commit'], repo);
  sh('git', ['remote', 'add', 'origin', origin], repo);
  sh('git', ['push', '-q', '-u', 'origin', 'main'], repo);
  sh('git', ['remote', 'set-head', 'origin', 'main'], repo);

  const config = {
    projectName: 'repo',
    psmuxSession: session,
    defaultBranch: 'main',
    muxSocket: socket,
    mux: 'tmux',
    worktreeDeps: 'junction',
    workerCli: { preset: 'generic', cmd: 'sleep', args: ['3600'] },
    layout: { type: 'root', envFiles: [], nodeModules: 'node_modules' },
  };
  const configFile = path.join(repo, '.claude', 'session-plugin.json');
  mkdirSync(path.dirname(configFile), { recursive: true });
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  appendFileSync(path.join(repo, '.git', 'info', 'exclude'), '/.claude/\n');

  const env = { ...process.env, ORCH_MUX_SOCKET: socket, NO_COLOR: '1' };
  for (const k of ['TMUX', 'TMUX_PANE', 'GITHUB_TOKEN', 'GH_TOKEN', 'ORCH_CONFIG', 'ORCH_CWD', 'ORCH_EVENTS_FILE']) delete env[k];

  const { Registry } = await import(pathToFileURL(path.join(ROOT, 'dist', 'state', 'registry.js')).href);
  const registry = await Registry.open(repo);
  const fx = {
    root,
    repo,
    origin,
    worktrees,
    socket,
    session,
    env,
    registry,
    workers: [],
    tmux: (args) => sh('tmux', ['-L', socket, ...args], root),
    run: (args, o = {}) => timed(NODE, [ORCH, ...args], { cwd: repo, env, ...o }),
  };
  return fx;
}

const EVENT_NOW = Date.now();
/** 10,000 events like `orch hook` writes them: prompt, tool pairs, the odd notification, a Stop now and then. */
function eventLog(count, name) {
  const tools = [
    ['Bash', 'npm test -- --run test/naming.test.ts'],
    ['Read', `/src/${name}/index.ts`],
    ['Edit', `/src/${name}/index.ts`],
    ['Grep', 'deriveState'],
    ['Bash', 'git status --porcelain'],
  ];
  const session = '8e51b100-5873-4796-8043-ba3b85805c59';
  const transcript = `/home/u/.claude/projects/-tmp-${name}/${session}.jsonl`;
  const lines = [];
  const t0 = EVENT_NOW - count * 2000;
  for (let i = 0; i < count; i++) {
    const at = new Date(t0 + i * 2000).toISOString();
    const k = i % 40;
    let e;
    if (k === 0) e = { at, event: 'UserPromptSubmit', session, transcript };
    else if (k === 39) e = { at, event: 'Stop', session, transcript, message: 'Done with this step. WORKTREE_STATUS: IN_PROGRESS' };
    else if (k === 20) e = { at, event: 'Notification', session, transcript, notification: 'idle_prompt', message: 'Claude is waiting for your input' };
    else {
      const [tool, summary] = tools[k % tools.length];
      e = { at, event: k % 2 ? 'PreToolUse' : 'PostToolUse', session, transcript, tool, summary };
    }
    lines.push(JSON.stringify(e));
  }
  // The newest event is recent so states are working/idle, not stuck.
  lines[lines.length - 1] = JSON.stringify({ at: new Date().toISOString(), event: 'Stop', session, transcript, message: 'Step finished.' });
  return `${lines.join('\n')}\n`;
}

/** Adds workers up to `total`: worktree + branch (git), registry record, a `sleep` window, an events file. */
function addWorkers(fx, total, eventsEach) {
  const start = fx.workers.length;
  if (total <= start) return;
  const tmuxArgs = [];
  let needSession = spawnSync('tmux', ['-L', fx.socket, 'has-session', '-t', `=${fx.session}`], { stdio: 'ignore' }).status !== 0;
  for (let i = start; i < total; i++) {
    const name = `w${String(i + 1).padStart(2, '0')}`;
    const branch = `feature/${name}`;
    const worktree = path.join(fx.worktrees, name);
    sh('git', ['worktree', 'add', '--quiet', '-b', branch, worktree, 'main'], fx.repo);
    fx.registry.putWorker({
      version: 1,
      name,
      kind: 'task',
      branch,
      base: 'main',
      worktree,
      session: fx.session,
      window: name,
      mux: 'tmux',
      title: `bench worker ${name}`,
      created: new Date(EVENT_NOW + i).toISOString(),
      links: [],
    });
    writeFileSync(fx.registry.eventsFile(name), eventLog(eventsEach, name));
    if (tmuxArgs.length) tmuxArgs.push(';');
    if (needSession) tmuxArgs.push('new-session', '-d', '-s', fx.session, '-n', name, '-c', worktree, '-x', '200', '-y', '50', 'sleep', '3600');
    else tmuxArgs.push('new-window', '-d', '-t', `=${fx.session}:`, '-n', name, '-c', worktree, 'sleep', '3600');
    needSession = false;
    fx.workers.push({ name, worktree, branch, events: fx.registry.eventsFile(name) });
  }
  // One tmux invocation for every window (tmux chains commands separated by ';').
  fx.tmux(tmuxArgs);
  const n = fx.tmux(['list-windows', '-t', `=${fx.session}`, '-F', '#{window_name}']).split('\n').filter(Boolean).length;
  if (n !== total) throw new Error(`expected ${total} tmux windows, found ${n}`);
}

// ---------------------------------------------------------------------------------------------- rows

/** Each row: id, name, orch/floor stats (or value), ratio, goal text and whether it is met. */
const rows = [];
function ratioRow(id, name, r, goalMax, extra = {}) {
  const ratio = r.orch.median / r.floor.median;
  const row = { id, name, orch: r.orch, floor: r.floor, floorName: extra.floorName, ratio, goal: `<= ${goalMax}x`, goalMax, met: ratio <= goalMax, ...extra };
  rows.push(row);
  printRow(row);
  return row;
}

function hookPayload(label) {
  for (const line of readFileSync(PAYLOADS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    if (rec.label === label && rec.stdin?.tool_name === 'Bash') return JSON.stringify(rec.stdin);
  }
  throw new Error(`no ${label} Bash payload in ${PAYLOADS}`);
}

/** The hook's events file in a state folder of its own, with a guard file beside it as orch writes them. */
function hookState(fx) {
  const dir = path.join(fx.root, 'hook-state');
  mkdirSync(path.join(dir, 'events'), { recursive: true });
  writeFileSync(path.join(dir, 'guard.json'), `${JSON.stringify({ deny: ['rm -rf /', 'terraform destroy'], disable: [], base: 'main' })}\n`);
  return path.join(dir, 'events', 'bench.jsonl');
}

/** Checks that one more line, of this event and tool, was appended since the last run. */
function hookLineCheck(events, event) {
  let count = existsSync(events) ? readFileSync(events, 'utf8').split('\n').filter(Boolean).length : 0;
  return (r) => {
    if (r.status !== 0) throw new Error(`orch hook ${event} exited ${r.status}: ${r.stderr}`);
    const lines = readFileSync(events, 'utf8').split('\n').filter(Boolean);
    const e = JSON.parse(lines.at(-1));
    if (lines.length !== count + 1 || e.event !== event || e.tool !== 'Bash' || e.blocked) throw new Error(`orch hook wrote an unexpected line: ${lines.at(-1)}`);
    count = lines.length;
  };
}

const nodeEmpty = (fx, input = '') => () => timed(NODE, ['-e', '0'], { input, cwd: fx.repo, env: fx.env });
const exitsZero = (r) => {
  if (r.status !== 0) throw new Error(`exited ${r.status}`);
};

function benchHookPre(fx, o) {
  const payload = hookPayload('PreToolUse');
  const events = hookState(fx);
  const r = sideBySide(
    o.runs,
    { orch: () => timed(NODE, [ORCH, 'hook', 'PreToolUse', '--events', events], { input: payload, cwd: fx.repo, env: fx.env }), floor: nodeEmpty(fx, payload) },
    { orch: hookLineCheck(events, 'PreToolUse'), floor: exitsZero },
  );
  ratioRow('hook-pre', 'orch hook PreToolUse, Bash command (guard file read)', r, 1.3, { floorName: 'node -e 0, same stdin' });
}

function benchHookPost(fx, o) {
  const payload = hookPayload('PostToolUse');
  const events = hookState(fx);
  const r = sideBySide(
    o.runs,
    { orch: () => timed(NODE, [ORCH, 'hook', 'PostToolUse', '--events', events], { input: payload, cwd: fx.repo, env: fx.env }), floor: nodeEmpty(fx, payload) },
    { orch: hookLineCheck(events, 'PostToolUse'), floor: exitsZero },
  );
  ratioRow('hook-post', 'orch hook PostToolUse (real payload on stdin)', r, 1.2, { floorName: 'node -e 0, same stdin' });
}

/** dist/hook.sh, the hook workers run where sh, date and awk write the Node hook's lines (the same for orch's floor). */
function benchHookShPost(fx, o) {
  const payload = hookPayload('PostToolUse');
  const events = hookState(fx);
  const sh = path.join(path.dirname(path.dirname(ORCH)), 'dist', 'hook.sh');
  const r = sideBySide(
    o.runs,
    { orch: () => timed('sh', [sh, 'PostToolUse', events], { input: payload, cwd: fx.repo, env: fx.env }), floor: nodeEmpty(fx, payload) },
    { orch: hookLineCheck(events, 'PostToolUse'), floor: exitsZero },
  );
  ratioRow('hook-sh-post', 'dist/hook.sh PostToolUse (the sh hook; real payload on stdin)', r, 0.2, { floorName: 'node -e 0, same stdin' });
}

/** A Bash call through dist/hook.sh and the guard server (started first, stopped after): the guard without a Node start. */
async function benchHookShBash(fx, o) {
  const payload = hookPayload('PreToolUse');
  const events = hookState(fx);
  const dist = path.join(path.dirname(path.dirname(ORCH)), 'dist');
  const argv = [path.join(dist, 'hook.sh'), 'PreToolUse', events, NODE, path.join(dist, 'hook.mjs')];
  const state = path.dirname(path.dirname(events));
  // The first call finds no server: the Node hook decides it and starts one.
  timed('sh', argv, { input: payload, cwd: fx.repo, env: fx.env });
  for (let i = 0; i < 100 && !existsSync(path.join(state, 'guard-server.pid')); i++) await new Promise((res) => setTimeout(res, 100));
  if (!existsSync(path.join(state, 'guard-server.pid'))) throw new Error('the guard server did not start (is curl installed?)');
  try {
    const r = sideBySide(
      o.runs,
      { orch: () => timed('sh', argv, { input: payload, cwd: fx.repo, env: fx.env }), floor: nodeEmpty(fx, payload) },
      { orch: hookLineCheck(events, 'PreToolUse'), floor: exitsZero },
    );
    ratioRow('hook-sh-bash', 'dist/hook.sh PreToolUse, Bash command, answered by the guard server', r, 0.35, { floorName: 'node -e 0, same stdin' });
  } finally {
    try {
      process.kill(Number(readFileSync(path.join(state, 'guard-server.pid'), 'utf8')));
    } catch {
      /* gone */
    }
  }
}

function benchVersion(fx, o) {
  const version = JSON.parse(readFileSync(path.join(path.dirname(path.dirname(ORCH)), 'package.json'), 'utf8')).version;
  const r = sideBySide(o.runs, { orch: () => fx.run(['--version']), floor: nodeEmpty(fx) }, {
    orch: (a) => {
      if (a.stdout.trim() !== version) throw new Error(`orch --version printed ${a.stdout}`);
    },
    floor: exitsZero,
  });
  ratioRow('version', 'orch --version', r, 2, { floorName: 'node -e 0' });
}

function benchListEmpty(fx, o) {
  const r = sideBySide(o.runs, { orch: () => fx.run(['list', '--json']), floor: nodeEmpty(fx) }, {
    orch: (a) => {
      const j = JSON.parse(a.stdout);
      if (!Array.isArray(j.workers) || j.workers.length !== 0) throw new Error(`orch list --json: expected no workers, got ${a.stdout.slice(0, 300)}`);
    },
    floor: exitsZero,
  });
  ratioRow('list-empty', 'orch list --json, no workers', r, 1.5, { floorName: 'node -e 0' });
}

/** bench/same-facts.sh for these workers, as a process: the reference of the list, dash and monitor rows. */
function sameFactsSide(fx, mode, workers) {
  const file = path.join(fx.root, `same-facts-${mode}-${workers.length}.tsv`);
  writeFileSync(file, workers.map((w) => `${w.name}\t${w.worktree}\t${w.events}\n`).join(''));
  const side = () => timed('sh', [SAME_FACTS, mode, fx.repo, fx.socket, fx.session, 'origin/main', file], { cwd: fx.repo, env: fx.env });
  const check = (r) => {
    const out = r.stdout;
    const statuses = (out.match(/^## /gm) ?? []).length;
    const screens = (out.match(/^orch-screen-end-\d+$/gm) ?? []).length;
    const radar = (out.match(/^untracked: \d+$/gm) ?? []).length;
    const want = workers.length;
    if (statuses !== want || radar !== want || (mode !== 'list' && screens !== want) || !/^ahead-behind commits above the fork point: \d+$/m.test(out) || !/^worktree folders: \d+$/m.test(out)) {
      throw new Error(`same-facts.sh ${mode}: expected ${want} statuses, radar entries${mode !== 'list' ? ' and screens' : ''}, got ${statuses}/${radar}/${screens}: ${r.stderr.slice(0, 300)}`);
    }
  };
  return { side, check };
}

/** Gives a few workers commits and uncommitted files and moves origin/main on, so list has real numbers to get right. */
function diverge(fx) {
  for (const [i, w] of fx.workers.slice(0, 3).entries()) {
    for (let k = 0; k <= i; k++) {
      writeFileSync(path.join(w.worktree, `bench-${k}.txt`), `change ${k}\n`);
      sh('git', ['add', '-A'], w.worktree);
      sh('git', ['commit', '-q', '-m', `${w.name} change ${k}`], w.worktree);
    }
  }
  writeFileSync(path.join(fx.workers[3].worktree, 'untracked.txt'), 'new\n');
  appendFileSync(path.join(fx.workers[4].worktree, 'README.md'), 'edited\n');
  for (let k = 0; k < 2; k++) {
    writeFileSync(path.join(fx.repo, 'main-moved.txt'), `main ${k}\n`);
    sh('git', ['add', 'main-moved.txt'], fx.repo);
    sh('git', ['commit', '-q', '-m', `main moves ${k}`], fx.repo);
  }
  sh('git', ['push', '-q', 'origin', 'main'], fx.repo);
}

/** orch list's git facts must equal what git says worktree by worktree. */
function checkGitFacts(fx, listed) {
  for (const w of fx.workers.slice(0, 6)) {
    const found = listed.find((r) => r.name === w.name);
    const row = found && { ahead: found.ahead, behind: found.behind, uncommitted: countOf(found.uncommitted) };
    const [ahead, behind] = sh('git', ['rev-list', '--left-right', '--count', 'HEAD...origin/main'], w.worktree).trim().split(/\s+/).map(Number);
    const uncommitted = sh('git', ['status', '--porcelain', '--untracked-files=all'], w.worktree).split('\n').filter(Boolean).length;
    if (!row || row.ahead !== ahead || row.behind !== behind || row.uncommitted !== uncommitted) {
      throw new Error(`orch list --json got ${w.name} wrong: ${JSON.stringify(row && { ahead: row.ahead, behind: row.behind, uncommitted: row.uncommitted })}, git says ${JSON.stringify({ ahead, behind, uncommitted })}`);
    }
  }
}

function benchList50(fx, o) {
  const ref = sameFactsSide(fx, 'list', fx.workers.slice(0, 50));
  const r = sideBySide(o.runs, { orch: () => fx.run(['list', '--json']), floor: ref.side }, {
    orch: (a) => {
      const j = JSON.parse(a.stdout);
      if (j.workers.length !== 50) throw new Error(`orch list --json: expected 50 workers, got ${j.workers.length}`);
      const bad = j.workers.filter((w) => !windowAlive(w.window) || typeof w.ahead !== 'number' || typeof countOf(w.uncommitted) !== 'number');
      if (bad.length) throw new Error(`orch list --json: ${bad.length} workers without a live window or git facts: ${JSON.stringify(bad[0])}`);
      checkGitFacts(fx, j.workers);
    },
    floor: ref.check,
  });
  ratioRow('list-50', 'orch list --json, 50 worktrees and windows', r, 1.2, { floorName: 'same facts, same parallelism: bench/same-facts.sh list' });
}

function benchDash50(fx, o) {
  const ref = sameFactsSide(fx, 'dash', fx.workers.slice(0, 50));
  const r = sideBySide(o.runs, { orch: () => fx.run(['dash', '--json']), floor: ref.side }, {
    orch: (a) => {
      const j = JSON.parse(a.stdout);
      if (j.workers.length !== 50) throw new Error(`orch dash --json: expected 50 rows, got ${j.workers.length}`);
      const bad = j.workers.filter((w) => !stateName(w.state));
      if (bad.length) throw new Error(`orch dash --json: ${bad.length} rows without state or last activity: ${JSON.stringify(bad[0])}`);
    },
    floor: ref.check,
  });
  ratioRow('dash-50', 'orch dash --json, 50 workers x 10,000 events', r, 1.2, { floorName: 'same facts, same parallelism: bench/same-facts.sh dash' });
}

function benchMonitor20(fx, o) {
  const ref = sameFactsSide(fx, 'monitor', fx.workers.slice(0, 20));
  const args = ['monitor', '--json', '--idle-grace', '1h', '--nudge-every', '1h'];
  const r = sideBySide(o.runs, { orch: () => fx.run(args), floor: ref.side }, {
    orch: (a) => {
      const j = monitorLines(JSON.parse(a.stdout));
      if (j.length !== 20) throw new Error(`orch monitor --json: expected 20 lines, got ${j.length}`);
      const nudged = j.filter((l) => /nudge/.test(JSON.stringify(l.action ?? "")));
      if (nudged.length) throw new Error(`orch monitor nudged ${nudged.map((l) => l.name).join(', ')}: the bench must not type into windows`);
    },
    floor: ref.check,
  });
  ratioRow('monitor-20', 'orch monitor --json, one cycle over 20 workers', r, 1.2, { floorName: 'same facts, same parallelism: bench/same-facts.sh monitor' });
}

// The JSON shapes of a row, old and new: window 'alive' or { alive }, uncommitted a number or { count }.
const windowAlive = (w) => w === 'alive' || w?.alive === true;
const countOf = (u) => (typeof u === 'number' ? u : u?.count);

/** The lines of a monitor --json document: an array of lines, or { workers: [...] }. */
function monitorLines(doc) {
  return Array.isArray(doc) ? doc : Array.isArray(doc?.workers) ? doc.workers : [doc];
}
const stateName = (s) => (typeof s === 'string' ? s : s?.name);

/** Starts `orch monitor --watch --json` and hands its JSON lines to `onLine`. */
function startWatch(fx, extraArgs, onLine) {
  const child = spawn(NODE, [ORCH, 'monitor', '--watch', '--json', '--idle-grace', '1h', '--nudge-every', '1h', ...extraArgs], { cwd: fx.repo, env: fx.env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const at = process.hrtime.bigint();
    let j;
    try {
      j = JSON.parse(line);
    } catch {
      return;
    }
    // One worker's line, however the JSON wraps it: { workers: [line] } or the line itself; state a name or { name }.
    for (const l of monitorLines(j)) onLine({ ...l, state: stateName(l.state) }, at);
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stderr: () => stderr,
    exited,
    async stop() {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(t);
      children.delete(child);
    },
  };
}

function waitUntil(pred, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const tick = () => {
      const v = pred();
      if (v) return resolve(v);
      if (Date.now() - t0 > timeoutMs) return reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      setTimeout(tick, 10);
    };
    tick();
  });
}
const sleep = (n) => new Promise((r) => setTimeout(r, n));

function hookLine(event, extra = {}) {
  return `${JSON.stringify({ at: new Date().toISOString(), event, session: 'bench', transcript: '/tmp/bench.jsonl', ...extra })}\n`;
}

async function benchLatency(fx, o) {
  const target = fx.workers[2];
  const seen = [];
  let exitedEarly = false;
  const w = startWatch(fx, ['--interval', '10m'], (j, at) => seen.push({ j, at }));
  w.exited.then(() => {
    exitedEarly = true;
  });
  const samples = [];
  try {
    // The first full cycle reports every worker; wait for it before measuring.
    await waitUntil(() => exitedEarly || new Set(seen.map((s) => s.j.name)).size >= 20, 60_000, 'the first monitor --watch cycle');
    if (exitedEarly) throw new Error(`monitor --watch exited early: ${w.stderr().slice(0, 500)}`);
    await sleep(300);
    for (let i = 0; i < o.latencySamples; i++) {
      // Alternate a tool call (-> working) and a Stop (-> idle): every append changes the state, so it is reported.
      const [event, extra, want] = i % 2 === 0 ? ['PreToolUse', { tool: 'Bash', summary: `echo sample ${i}` }, 'working'] : ['Stop', { message: `sample ${i} done` }, 'idle'];
      const from = seen.length;
      const t0 = process.hrtime.bigint();
      appendFileSync(target.events, hookLine(event, extra));
      const hit = await waitUntil(() => seen.slice(from).find((s) => s.j.name === target.name && s.j.state === want), 15_000, `the ${want} line for ${target.name}`);
      samples.push(ms(hit.at - t0));
      await sleep(250);
    }
  } finally {
    await w.stop();
  }
  const s = stats(samples);
  const row = { id: 'latency', name: 'monitor --watch: event appended -> JSON line (20 workers)', orch: s, floor: undefined, ratio: undefined, goal: 'median < 1 s', met: s.median < 1000, samples: samples.map((x) => Math.round(x)) };
  rows.push(row);
  printRow(row);
}

function vmRss(pid) {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * RSS of a long `monitor --watch` over 20 workers, from /proc/<pid>/status every 5 s, with one tool event a
 * second landing in some worker's events file. V8 frees memory in a sawtooth, so single samples say little:
 * growth compares the peak of the last minute with the peak of minute 1 (the mean is reported too).
 */
async function benchRss(fx, o) {
  const durMs = o.rssMinutes * 60_000;
  const windowMs = Math.min(60_000, durMs / 2);
  const intervalArg = `${Math.round(o.rssIntervalMs)}ms`;
  const names = new Set();
  let lines = 0;
  let exitedEarly = false;
  const w = startWatch(fx, ['--interval', intervalArg], (j) => {
    lines++;
    names.add(j.name);
  });
  w.exited.then(() => {
    exitedEarly = true;
  });
  const samples = [];
  let k = 0;
  try {
    // The clock starts once the first full cycle has reported every worker.
    await waitUntil(() => exitedEarly || names.size >= 20, 60_000, 'the first monitor --watch cycle');
    const t0 = Date.now();
    let nextSample = t0;
    while (Date.now() - t0 < durMs) {
      if (exitedEarly) throw new Error(`monitor --watch exited early: ${w.stderr().slice(0, 500)}`);
      const wk = fx.workers[k % 20];
      appendFileSync(wk.events, hookLine(k % 3 === 2 ? 'Stop' : 'PostToolUse', { tool: 'Bash', summary: `echo ${k}` }));
      k++;
      if (Date.now() >= nextSample) {
        const rss = vmRss(w.child.pid);
        if (rss) samples.push({ t: Date.now() - t0, rss });
        nextSample += 5000;
      }
      await sleep(1000);
    }
    const end = vmRss(w.child.pid);
    if (end) samples.push({ t: Date.now() - t0, rss: end });
  } finally {
    await w.stop();
  }
  const first = samples.filter((x) => x.t < windowMs);
  const last = samples.filter((x) => x.t >= durMs - windowMs);
  const peak = (xs) => Math.max(...xs.map((x) => x.rss));
  const mean = (xs) => xs.reduce((a, x) => a + x.rss, 0) / xs.length;
  const growth = (peak(last) - peak(first)) / peak(first);
  const mb = (b) => (b / (1024 * 1024)).toFixed(1);
  const win = `${Math.round(windowMs / 1000)} s`;
  const row = {
    id: 'rss',
    name: `monitor --watch RSS, 20 workers, ${o.rssMinutes} min (issue: 30 min), --interval ${intervalArg}`,
    value: growth,
    display: `peak ${mb(peak(first))} MB (mean ${mb(mean(first))}) in the first ${win} -> peak ${mb(peak(last))} MB (mean ${mb(mean(last))}) in the last ${win}; range ${mb(Math.min(...samples.map((x) => x.rss)))}-${mb(peak(samples))} MB`,
    ratioText: `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%`,
    goal: 'growth < 10%',
    met: growth < 0.1,
    shortened: o.rssMinutes < 30,
    samples: samples.map((x) => ({ t: x.t, rssMB: Number(mb(x.rss)) })),
    reportLines: lines,
    eventsAppended: k,
  };
  rows.push(row);
  printRow(row);
}

/** du-like: allocated bytes of everything under dir, without following symlinks, hard links counted once. */
function diskUsage(dir, skipTop = new Set()) {
  let total = 0;
  const seen = new Set();
  const walk = (p, top) => {
    const st = lstatSync(p, { bigint: false });
    const key = `${st.dev}:${st.ino}`;
    if (!seen.has(key)) {
      seen.add(key);
      total += st.blocks * 512;
    }
    if (st.isDirectory()) for (const e of readdirSync(p)) if (!(top && skipTop.has(e))) walk(path.join(p, e), false);
  };
  walk(dir, true);
  return total;
}

function benchDisk(fx) {
  // A dependency folder in the main checkout worth linking: 2,000 files of 8 KiB (~16 MiB).
  const nm = path.join(fx.repo, 'node_modules');
  for (let p = 0; p < 100; p++) {
    const d = path.join(nm, `pkg-${p}`, 'lib');
    mkdirSync(d, { recursive: true });
    for (let f = 0; f < 20; f++) writeFileSync(path.join(d, `f${f}.js`), 'x'.repeat(8192));
  }
  const name = 'disk-probe';
  const r = fx.run(['start', name, '--task', 'measure the disk cost of a worktree', '--no-launch', '--json'], { timeout: 120_000 });
  const wt = JSON.parse(r.stdout).worker.worktree;
  const link = path.join(wt, 'node_modules');
  // A link to the checkout's folder, or a folder of the worktree's own whose entries link to the checkout's
  // (src/adapters/links.ts keeps tool caches private to each worktree that way).
  const linked = lstatSync(link).isSymbolicLink() || (lstatSync(link).isDirectory() && readdirSync(link).length > 0 && readdirSync(link).every((e) => lstatSync(path.join(link, e)).isSymbolicLink()));
  if (!linked) throw new Error(`${link} is neither a link nor a folder of links: worktreeDeps junction did not link node_modules`);
  const checkout = diskUsage(fx.repo, new Set(['.git', 'node_modules', '.claude']));
  const deps = diskUsage(nm);
  const worktree = diskUsage(wt);
  const ratio = worktree / checkout;
  const kb = (b) => `${(b / 1024).toFixed(0)} KiB`;
  const row = {
    id: 'disk',
    name: 'disk per worktree (worktreeDeps: junction) vs the checkout',
    value: ratio,
    display: `worktree ${kb(worktree)}, checkout ${kb(checkout)}, node_modules (linked, not copied) ${kb(deps)}`,
    ratioText: `${ratio.toFixed(2)}x`,
    goal: 'costs the checkout, not another node_modules (<= 1.1x checkout)',
    met: ratio <= 1.1,
    bytes: { worktree, checkout, nodeModules: deps },
  };
  rows.push(row);
  printRow(row);
}

/**
 * The dispatch rows come from bench/dispatch.mjs (start-issues against the GitHub emulator), run as
 * `node bench/dispatch.mjs --runs N --json <file>`. Accepted output (the file, else the last JSON on
 * stdout): one row, an array of rows, or { rows: [...] }; a row has name, orch and floor
 * ({median,min,max}), and optionally ratio, goalMax (default 1.5), met, floorName.
 * It runs in its own process group with TMPDIR inside our temp dir, so a hung run is killed whole
 * (its tmux servers too) and leaves nothing behind.
 */
async function benchDispatch(fx, o) {
  const name = 'orch start-issues, 20 issues (bench/dispatch.mjs)';
  if (!existsSync(DISPATCH)) {
    const row = { id: 'dispatch', name, missing: true, goal: '<= 2x', met: undefined, note: 'bench/dispatch.mjs is not there yet' };
    rows.push(row);
    printRow(row);
    return;
  }
  const tmp = path.join(fx.root, 'dispatch-tmp');
  mkdirSync(tmp, { recursive: true });
  const out = path.join(tmp, 'dispatch.json');
  const t0 = Date.now();
  const child = spawn(NODE, [DISPATCH, '--runs', String(o.dispatchRuns), '--json', out, '--orch', ORCH], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  children.add(child);
  const killTree = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    // Its private tmux servers are named orch-bd-<its pid>-<n>.
    const dir = `/tmp/tmux-${process.getuid?.() ?? 0}`;
    for (const f of existsSync(dir) ? readdirSync(dir) : []) {
      if (!f.startsWith(`orch-bd-${child.pid}-`)) continue;
      spawnSync('tmux', ['-L', f, 'kill-server'], { stdio: 'ignore' });
      rmSync(path.join(dir, f), { force: true });
    }
  };
  cleanups.push(killTree);
  let stdout = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  let timedOut = false;
  const code = await new Promise((resolve) => {
    const timer = setTimeout(() => {
      timedOut = true;
      killTree();
    }, o.dispatchTimeoutMs);
    child.on('exit', (c, sig) => {
      clearTimeout(timer);
      resolve(c ?? sig);
    });
  });
  children.delete(child);
  let doc;
  try {
    doc = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : lastJson(stdout);
  } catch {
    doc = undefined;
  }
  const list = !doc ? [] : Array.isArray(doc) ? doc : Array.isArray(doc.rows) ? doc.rows : [doc];
  if (code !== 0 || !list.length) {
    const why = timedOut ? `killed after ${Math.round(o.dispatchTimeoutMs / 1000)} s (--dispatch-timeout)` : `exited ${code} after ${((Date.now() - t0) / 1000).toFixed(0)} s`;
    const row = { id: 'dispatch', name, failed: true, goal: '<= 2x', met: false, note: `bench/dispatch.mjs ${why}${stdout.trim() ? `: ${stdout.trim().slice(-300)}` : ''}` };
    rows.push(row);
    printRow(row);
    return;
  }
  for (const [i, d] of list.entries()) {
    const ratio = d.ratio ?? (d.orch?.median && d.floor?.median ? d.orch.median / d.floor.median : undefined);
    const goalMax = typeof d.goalMax === 'number' ? d.goalMax : 2;
    const row = {
      id: list.length > 1 ? `dispatch-${i + 1}` : 'dispatch',
      name: d.name ?? 'orch start-issues, 20 issues',
      orch: d.orch,
      floor: d.floor,
      floorName: d.floorName,
      ratio,
      goal: `<= ${goalMax}x`,
      goalMax,
      met: typeof d.met === 'boolean' ? d.met : ratio !== undefined ? ratio <= goalMax : undefined,
      from: 'bench/dispatch.mjs',
    };
    rows.push(row);
    printRow(row);
  }
}

function lastJson(text) {
  const t = String(text ?? '').trim();
  for (let i = t.lastIndexOf('\n{'); ; i = t.lastIndexOf('\n{', i - 1)) {
    try {
      return JSON.parse(t.slice(i + 1));
    } catch {
      if (i <= 0) break;
    }
  }
  return JSON.parse(t);
}

// ---------------------------------------------------------------------------------------------- output

const f1 = (x) => (x === undefined ? '-' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const span = (s) => (s ? `${f1(s.median)} ms (${f1(s.min)}-${f1(s.max)})` : '-');
function cells(r) {
  const status = r.met === true ? 'met' : r.met === false ? 'MISSED' : 'n/a';
  if (r.missing || r.failed) return [r.name, '-', '-', '-', r.goal, r.missing ? 'not run' : 'FAILED'];
  if (r.ratio !== undefined) return [r.name, span(r.orch), `${span(r.floor)}${r.floorName ? ` ${r.floorName}` : ''}`, `${r.ratio.toFixed(2)}x`, r.goal, r.met === false ? `MISSED by ${((r.ratio / r.goalMax - 1) * 100).toFixed(0)}%` : status];
  if (r.id === 'latency') return [r.name, span(r.orch), '-', '-', r.goal, status];
  return [r.name, r.display, '-', r.ratioText, r.goal, status];
}
function printRow(r) {
  const c = cells(r);
  process.stdout.write(`  ${c[5].padEnd(7)} ${c[0]}\n          orch  ${c[1]}\n          ref   ${c[2]}\n          ratio ${c[3]}   goal ${c[4]}${r.note ? `\n          note  ${r.note}` : ''}\n`);
}

const ORDER = ['hook-pre', 'hook-post', 'hook-sh-post', 'hook-sh-bash', 'version', 'list-empty', 'list-50', 'dash-50', 'monitor-20', 'dispatch', 'latency', 'rss', 'disk'];
function sortedRows() {
  const idx = (id) => {
    const k = ORDER.indexOf(id.startsWith('dispatch') ? 'dispatch' : id);
    return k < 0 ? ORDER.length : k;
  };
  return [...rows].sort((a, b) => idx(a.id) - idx(b.id));
}

function markdown(machine, o) {
  const out = [
    `Machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memGB} GB, Node ${machine.node}, ${machine.tmux}, git ${machine.git}; ${machine.date}; load average ${machine.load.join(' ')} at the start, ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} at the end; ${o.runs} runs per side (medians; min-max in brackets).`,
    '',
    '| benchmark | orch | reference | ratio | goal | |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of sortedRows()) out.push(`| ${cells(r).join(' | ')} |`);
  return out.join('\n');
}

function machineFacts() {
  const v = (cmd, args) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : 'unknown';
  };
  return {
    nproc: Number(v('nproc', [])) || os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    memGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    tmux: v('tmux', ['-V']),
    git: v('git', ['--version']).replace(/^git version /, ''),
    date: new Date().toISOString(),
    load: os.loadavg().map((x) => Number(x.toFixed(2))),
    orch: ORCH,
  };
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const want = (id) => !o.only || o.only.has(id);
  if (o.orch) {
    if (!existsSync(o.orch)) throw new UsageError(`--orch ${o.orch}: no such file`);
    ORCH = o.orch;
  }
  const started = Date.now();
  // A dist/ that is not what the sources build would measure old code: rebuild it first (the fixtures use it too).
  if (spawnSync(NODE, [path.join(ROOT, 'scripts', 'build.mjs'), '--check'], { cwd: ROOT, stdio: 'ignore' }).status !== 0) {
    process.stdout.write('bench: dist/ is not what src/ builds: rebuilding (node scripts/build.mjs)\n');
    const b = spawnSync(NODE, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('the build failed');
  }
  for (const [cmd, args] of [['git', ['--version']], ['tmux', ['-V']], ['tail', ['--version']]]) {
    if (spawnSync(cmd, args, { stdio: 'ignore' }).status !== 0) throw new Error(`${cmd} is needed for the bench`);
  }
  const machine = machineFacts();
  process.stdout.write(`orch bench: ${machine.nproc} cores, Node ${machine.node}, ${machine.tmux}, git ${machine.git}, ${o.runs} runs per side\n\n`);

  const fx = await makeFixture(o);
  const step = async (id, fn) => {
    if (!want(id)) return;
    const t = Date.now();
    await fn();
    process.stdout.write(`          (${id}: ${((Date.now() - t) / 1000).toFixed(0)} s)\n`);
  };
  await step('hook-pre', () => benchHookPre(fx, o));
  await step('hook-post', () => benchHookPost(fx, o));
  await step('hook-sh-post', () => benchHookShPost(fx, o));
  await step('hook-sh-bash', () => benchHookShBash(fx, o));
  await step('version', () => benchVersion(fx, o));
  await step('list-empty', () => benchListEmpty(fx, o));

  const need20 = ['monitor-20', 'latency', 'rss', 'list-50', 'dash-50'].some(want);
  const need50 = ['list-50', 'dash-50'].some(want);
  if (need20) {
    const t = Date.now();
    addWorkers(fx, 20, 10_000);
    diverge(fx);
    process.stdout.write(`  (20 workers with 10,000 events each set up in ${((Date.now() - t) / 1000).toFixed(1)} s)\n`);
  }
  await step('monitor-20', () => benchMonitor20(fx, o));
  await step('latency', () => benchLatency(fx, o));
  await step('rss', () => benchRss(fx, o));
  if (need50) {
    const t = Date.now();
    addWorkers(fx, 50, 10_000);
    process.stdout.write(`  (50 workers set up in ${((Date.now() - t) / 1000).toFixed(1)} s)\n`);
  }
  await step('list-50', () => benchList50(fx, o));
  await step('dash-50', () => benchDash50(fx, o));
  await step('disk', () => benchDisk(fx));
  await step('dispatch', () => benchDispatch(fx, o));

  const elapsed = (Date.now() - started) / 1000;
  process.stdout.write(`\n${markdown(machine, o)}\n\nTotal ${elapsed.toFixed(0)} s.\n`);
  if (o.json) {
    mkdirSync(path.dirname(o.json), { recursive: true });
    writeFileSync(o.json, `${JSON.stringify({ machine, runs: o.runs, rssMinutes: o.rssMinutes, elapsedSec: Math.round(elapsed), rows: sortedRows() }, null, 2)}\n`);
    process.stdout.write(`Wrote ${o.json}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    cleanupAll();
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`bench: ${e instanceof UsageError ? e.message : (e?.stack ?? e)}\n`);
    cleanupAll();
    process.exitCode = e instanceof UsageError ? 2 : 1;
  },
);
