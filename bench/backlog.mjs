#!/usr/bin/env node
// The backlog bench: a 20-issue backlog end to end, the way a user blasting one runs it.
//
//   node bench/backlog.mjs [--issues 20] [--max-workers 4] [--poll 5s] [--timeout 40m] [--json FILE] [--keep] [--cpu-prof DIR]
//
// A generated JavaScript repository with a bare origin and a real test runner from the registry that writes a cache
// (vitest, installed with npm into the main checkout; it writes node_modules/.vite), `worktreeDeps: junction`, N
// issues in the GitHub emulator (test/support), `orch start-issues 1..N` with maxWorkers 4, then
// `orch orchestrate poll --loop 5s`. The workers are the real Claude Code CLI against the scripted model
// (src/demo/scripted-model.ts): each reads its brief, writes a fix and its test, runs the tests, commits, runs the
// brief's `orch finish` and reports. Timed from `start-issues` until N pull requests are open. Reported:
//   - wall time to N open PRs
//   - orch's own CPU time (every `node bin/orch.js ...` process: start-issues, the poll loop, each worker's
//     `orch finish` and every `orch hook`), as a share of the wall time; measured in each process at exit by a
//     --require probe (user + system of the process itself; its children - git, tmux, the tests - listed apart)
//   - GitHub requests counted against the rate limit (the emulator's counters: REST, GraphQL requests and points)
//   - human actions needed: issues without an open PR, plus members the orchestrator lists under "Needs you"
// The emulator, the scripted model and the Claude home helper are TypeScript: compiled here with the repository's
// tsc into node_modules/.cache/orch-bench-backlog. Setup (npm install, git, emulator) is outside the timing.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE = process.execPath;
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'orch-bench-backlog');
const VITEST = '4.1.12';

function parseArgs(argv) {
  const o = { issues: 20, maxWorkers: 4, pollMs: 5000, timeoutMs: 40 * 60_000, json: undefined, keep: false };
  const dur = (v) => {
    const m = /^(\d+)(ms|s|m)$/.exec(v);
    if (!m) throw new Error(`expected a duration like 5s or 30m, got "${v}"`);
    return Number(m[1]) * { ms: 1, s: 1000, m: 60_000 }[m[2]];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i] ?? (() => { throw new Error(`${a} needs a value`); })();
    if (a === '--issues') o.issues = Number(val());
    else if (a === '--max-workers') o.maxWorkers = Number(val());
    else if (a === '--poll') o.pollMs = dur(val());
    else if (a === '--timeout') o.timeoutMs = dur(val());
    else if (a === '--json') o.json = path.resolve(val());
    else if (a === '--keep') o.keep = true;
    else if (a === '--cpu-prof') o.cpuProf = path.resolve(val());
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.slice(0, 4).join(' ')} failed (${r.status}): ${String(r.stderr).trim().slice(0, 800)}`);
  return r.stdout;
}

/** The emulator, the scripted model and the Claude home helper, compiled with the repository's TypeScript. */
function compileSupport() {
  mkdirSync(CACHE, { recursive: true });
  const tsconfig = path.join(CACHE, 'tsconfig.json');
  const files = ['test/support/github-emulator.ts', 'src/demo/scripted-model.ts', 'src/demo/claude-home.ts'];
  writeFileSync(tsconfig, JSON.stringify({
    extends: path.join(ROOT, 'tsconfig.json'),
    compilerOptions: { noEmit: false, outDir: path.join(CACHE, 'out'), rootDir: ROOT, declaration: false, sourceMap: false },
    include: files.map((f) => path.join(ROOT, f)),
  }));
  sh(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', tsconfig], { cwd: ROOT });
  copyFileSync(path.join(ROOT, 'test', 'support', 'openapi-index.json'), path.join(CACHE, 'out', 'test', 'support', 'openapi-index.json'));
  return (f) => pathToFileURL(path.join(CACHE, 'out', f.replace(/\.ts$/, '.js'))).href;
}

/** Records each orch process's CPU at exit (itself, and its waited-for children) into ORCH_BENCH_CPU_LOG. */
const PROBE = `const { appendFileSync, readFileSync, realpathSync } = require('node:fs');
const log = process.env.ORCH_BENCH_CPU_LOG;
let me = false;
let cmd = process.argv[2];
try {
  const file = realpathSync(process.argv[1]);
  // bin/orch.js <command>, or another script of the package (dist/guard-server.mjs, dist/hook.mjs)
  me = !!log && file.startsWith(process.env.ORCH_BENCH_PKG + '/');
  if (file !== process.env.ORCH_BENCH_BIN) cmd = require('node:path').basename(file);
} catch {}
// --cpu-prof DIR (Node refuses --cpu-prof in NODE_OPTIONS): a V8 CPU profile per orch process, through the inspector.
let profiler;
if (me && process.env.ORCH_BENCH_CPU_PROF) {
  profiler = new (require('node:inspector').Session)();
  profiler.connect();
  profiler.post('Profiler.enable');
  profiler.post('Profiler.setSamplingInterval', { interval: 1000 });
  profiler.post('Profiler.start');
}
// The programs each orch process starts (spawns cost orch CPU of their own: a fork, pipes, stream set-up).
const spawns = {};
if (me) {
  const cp = require('node:child_process');
  const count = (f) => function (file, ...rest) {
    const k = require('node:path').basename(String(file));
    spawns[k] = (spawns[k] ?? 0) + 1;
    return f.call(this, file, ...rest);
  };
  cp.spawn = count(cp.spawn);
  cp.spawnSync = count(cp.spawnSync);
  cp.execFile = count(cp.execFile);
  cp.execFileSync = count(cp.execFileSync);
  require('node:module').syncBuiltinESMExports(); // ESM imports of node:child_process see the counted ones
}
if (me) {
  const started = Date.now();
  let done = false;
  const record = () => {
    if (done) return;
    done = true;
    // An in-thread inspector session answers synchronously, so this works in an exit handler.
    profiler?.post('Profiler.stop', (err, r) => {
      if (!err) require('node:fs').writeFileSync(require('node:path').join(process.env.ORCH_BENCH_CPU_PROF, \`\${String(cmd).replace(/[^\\w.-]/g, '_')}-\${process.pid}.cpuprofile\`), JSON.stringify(r.profile));
    });
    let children = 0;
    try {
      const f = readFileSync('/proc/self/stat', 'utf8').slice(readFileSync('/proc/self/stat', 'utf8').lastIndexOf(')') + 2).split(' ');
      children = ((Number(f[13]) + Number(f[14])) * 1000) / 100; // cutime + cstime, clock ticks (100 Hz)
    } catch {}
    const u = process.cpuUsage();
    // Programs started through orch's resident shell (src/adapters/spawner.ts) are not spawns of this process: the
    // shell's CPU for them is added after the run (jobs x its measured cost per job).
    const spawner = globalThis[Symbol.for('orch.spawner')];
    // Under hook.sh or orch.sh, its CPU is in that script's line already; the guard server a hook starts is not
    // waited for: its own.
    const under = process.env.ORCH_BENCH_UNDER_SH && cmd !== 'guard-server.mjs' ? process.env.ORCH_BENCH_UNDER_SH : undefined;
    appendFileSync(log, JSON.stringify({ cmd: under ? \`\${cmd} (under \${under})\` : cmd, counted: !under, cpuMs: (u.user + u.system) / 1000, childrenMs: children, wallMs: Date.now() - started, spawns, spawnerJobs: spawner?.jobs ?? 0, spawnerLoop: spawner?.jobs ? spawner.loop : undefined, spawnerBase: spawner?.jobs ? spawner.base : undefined }) + '\\n');
  };
  process.on('exit', record);
  process.once('SIGTERM', () => { record(); process.exit(143); });
}
`;

/**
 * The CPU orch's resident shell (src/adapters/spawner.ts) spends per program it starts, in ms: its loop, the
 * subshell and the fork of each job, measured here with the same loop running `true` n times, minus what `true`
 * itself uses when a plain loop runs it (bash's times: children's CPU, all reaped). Counted as orch's own CPU.
 */
function shellJobCost(loop, tmpDir, n = 400) {
  const dir = mkdtempSync(path.join(tmpDir, 'shell-cost-'));
  const t = spawnSync('sh', ['-c', 'command -v true'], { encoding: 'utf8' }).stdout.trim() || '/bin/true';
  for (let i = 1; i <= n; i++) writeFileSync(path.join(dir, `${i}.sh`), `cd '${dir}' && '${t}'\n`);
  const ids = Array.from({ length: n }, (_, i) => `${i + 1}`).join('\n') + '\n';
  const seconds = (out) => [...out.trim().split('\n').pop().matchAll(/(\d+)m([\d.]+)s/g)].reduce((a, m) => a + Number(m[1]) * 60 + Number(m[2]), 0);
  const median = (script, input) => [1, 2, 3].map(() => seconds(spawnSync('bash', ['-c', script, loop, dir, t], { input, encoding: 'utf8' }).stdout)).sort((a, b) => a - b)[1];
  const total = median('/bin/sh -c "$0; wait" orch-spawner "$1" >/dev/null; times', ids);
  const alone = median(`for i in $(seq ${n}); do cd "$1" && "$2"; done; times`, '');
  rmSync(dir, { recursive: true, force: true });
  return Math.max(0, ((total - alone) * 1000) / n);
}

/** dist/hook.sh and dist/orch.sh of the bench's package copy: each runs the real one and appends that process tree's
 *  CPU (bash's getrusage of its children). */
const SH_PROBE = `shell=$1
shift
ORCH_BENCH_UNDER_SH=@NAME@ "$shell" '@REAL@' "$@"
code=$?
# times in this shell (a subshell or a pipe would count its own, empty, children)
f="/tmp/orch-bench-times.$$"
times > "$f"
printf '{"cmd":"@NAME@","event":"%s","times":"%s"}\\n' "$1" "$(tail -1 "$f")" >> '@LOG@'
rm -f "$f"
exit $code
`;

/** Each worker (named by its cwd: fix-<n>-...) reads its brief, writes a fix and a test, tests, commits, finishes. */
function workerScript() {
  const finish = new Map();
  return (ctx) => {
    const name = path.basename(ctx.cwd ?? 'unknown');
    const n = Number(/^fix-(\d+)-/.exec(name)?.[1] ?? 0);
    switch (ctx.step) {
      case 0:
        return { text: 'Reading my brief first.', tool: 'Bash', input: { command: 'cat .claude-bootstrap.md', description: 'Read the brief' } };
      case 1: {
        const cmd = /^ {4}(\S.* finish \S+)$/m.exec(ctx.lastToolResult ?? '')?.[1];
        if (cmd) finish.set(name, cmd);
        const src = `export function widget${n}() {\\n  return ${n};\\n}\\n`;
        const test = `import { expect, it } from 'vitest';\\nimport { widget${n} } from '../src/widget-${n}.js';\\n\\nit('widget ${n} returns ${n}', () => {\\n  expect(widget${n}()).toBe(${n});\\n});\\n`;
        return { text: 'Writing the fix and its test.', tool: 'Bash', input: { command: `printf '${src}' > src/widget-${n}.js && printf "${test}" > test/widget-${n}.test.js`, description: 'Write the fix' } };
      }
      case 2:
        return { tool: 'Bash', input: { command: 'node node_modules/vitest/vitest.mjs run 2>&1 | tail -5', description: 'Run the tests' } };
      case 3:
        return { tool: 'Bash', input: { command: `git add src test && git commit -q -m 'fix: widget ${n} returns ${n} (#${n})'`, description: 'Commit' } };
      case 4:
        return { tool: 'Bash', input: { command: finish.get(name) ?? 'echo "no finish command in the brief"; exit 1', description: 'Open the pull request' } };
      default: {
        const url = /PR #\d+ (?:opened|already open): (\S+)/.exec(ctx.lastToolResult ?? '')?.[1];
        return url
          ? { text: `Done.\n\nWORKTREE_STATUS: COMPLETE\nPR: ${url}\nTESTS_PASSED: vitest, all passing` }
          : { text: `WORKTREE_STATUS: BLOCKED\nREASON: orch finish failed: ${(ctx.lastToolResult ?? '').slice(-300)}` };
      }
    }
  };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(ROOT, 'dist', 'bin.js'))) sh(NODE, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
  const mod = compileSupport();
  const { startGitHubEmulator } = await import(mod('test/support/github-emulator.ts'));
  const { startScriptedModel } = await import(mod('src/demo/scripted-model.ts'));
  const { prepareClaudeHome, claudeEnv, claudeBinary } = await import(mod('src/demo/claude-home.ts'));
  const claude = claudeBinary();
  if (!claude) throw new Error('the Claude Code CLI is not installed: run npm install (it is a devDependency)');

  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'backlog-bench-')));
  const socket = `orch-bb-${process.pid}`;
  const repo = path.join(root, 'repo');
  const origin = path.join(root, 'origin.git');
  const cpuLog = path.join(root, 'cpu.jsonl');
  const probe = path.join(root, 'cpu-probe.cjs');
  writeFileSync(probe, PROBE);
  const cleanups = [];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c();
    spawnSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
    // Workers ending on the hang-up still write their last events (and may start a guard server) for a moment.
    for (let i = 0; !o.keep && i < 20; i++) {
      try {
        rmSync(root, { recursive: true, force: true });
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    // The repository: a small package with a real test runner from the registry, installed into the main checkout.
    const setup0 = Date.now();
    sh('git', ['init', '-q', '--bare', '-b', 'main', origin]);
    mkdirSync(path.join(repo, 'src'), { recursive: true });
    mkdirSync(path.join(repo, 'test'), { recursive: true });
    writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'backlog-widgets', private: true, type: 'module', scripts: { test: 'vitest run' }, devDependencies: { vitest: VITEST } }, null, 2) + '\n');
    writeFileSync(path.join(repo, 'src', 'widgets.js'), 'export const widgets = [];\n');
    writeFileSync(path.join(repo, 'test', 'widgets.test.js'), "import { expect, it } from 'vitest';\nimport { widgets } from '../src/widgets.js';\n\nit('starts empty', () => {\n  expect(widgets).toEqual([]);\n});\n");
    writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n.env\n');
    sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: repo });
    sh('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    for (const [k, v] of [['user.name', 'Bench'], ['user.email', 'bench@example.invalid'], ['commit.gpgsign', 'false']]) sh('git', ['config', k, v], { cwd: repo });
    sh('git', ['add', '.'], { cwd: repo });
    sh('git', ['commit', '-q', '-m', 'Initial commit'], { cwd: repo });
    sh('git', ['remote', 'add', 'origin', origin], { cwd: repo });
    sh('git', ['push', '-q', '-u', 'origin', 'main'], { cwd: repo });
    sh('git', ['remote', 'set-head', 'origin', 'main'], { cwd: repo });
    // The runner's cache, written by a test run in the main checkout: the thing workers must not share.
    sh(NODE, ['node_modules/vitest/vitest.mjs', 'run'], { cwd: repo });

    const gh = await startGitHubEmulator({ headShas: (b) => spawnSync('git', ['--git-dir', origin, 'rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`], { encoding: 'utf8' }).stdout.trim() || undefined });
    cleanups.push(() => gh.close());
    for (let i = 1; i <= o.issues; i++) gh.addIssue({ number: i, title: `Widget ${i} returns the wrong value`, body: `widget${i}() should return ${i}. Add src/widget-${i}.js and a test.` });
    const model = await startScriptedModel(workerScript());
    cleanups.push(() => model.close());
    const home = path.join(root, 'claude-home');
    await prepareClaudeHome({ dir: home, trustedDirs: [], skipBypassWarning: false });

    // The sh hook (dist/hook.sh) is not Node, so the probe cannot see it. orch runs from a copy of the package
    // (bin/ and dist/ hold all of it) whose dist/hook.sh hands over to bash, which runs the real hook and records
    // the CPU of that process and everything under it: a Bash call's Node hook included (its own probe line is
    // marked and not counted twice), and the install-time check orch makes of the sh hook.
    const pkg = path.join(root, 'pkg');
    for (const d of ['bin', 'dist']) cpSync(path.join(ROOT, d), path.join(pkg, d), { recursive: true });
    copyFileSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    // dist/orch.sh (a worker's `orch finish`, served by the guard server) is wrapped the same way.
    for (const script of ['hook', 'orch']) {
      const real = path.join(pkg, 'dist', `${script}-real.sh`);
      renameSync(path.join(pkg, 'dist', `${script}.sh`), real);
      writeFileSync(path.join(pkg, 'dist', `${script}-probe.bash`), SH_PROBE.replaceAll('@NAME@', `${script}.sh`).replace('@LOG@', cpuLog).replace('@REAL@', real));
      // Run by bash or by sh (orch installs hook.sh for bash where bash runs it right): the real one runs the same way.
      writeFileSync(path.join(pkg, 'dist', `${script}.sh`), `if [ -n "\${BASH_VERSION:-}" ]; then s=bash; else s=/bin/sh; fi\nexec bash '${path.join(pkg, 'dist', `${script}-probe.bash`)}' "$s" "$@"\n`);
    }
    const ORCH = path.join(pkg, 'bin', 'orch.js');
    const cpuEnv = { NODE_OPTIONS: `--require ${probe}`, ...(o.cpuProf ? { ORCH_BENCH_CPU_PROF: o.cpuProf } : {}), ORCH_BENCH_CPU_LOG: cpuLog, ORCH_BENCH_BIN: realpathSync(ORCH), ORCH_BENCH_PKG: realpathSync(pkg) };
    mkdirSync(path.join(repo, '.claude'), { recursive: true });
    writeFileSync(path.join(repo, '.claude', 'session-plugin.json'), JSON.stringify({
      projectName: 'backlog',
      psmuxSession: 'backlog',
      defaultBranch: 'main',
      muxSocket: socket,
      githubRepo: `${gh.owner}/${gh.repo}`,
      githubApiUrl: gh.url,
      worktreeDeps: 'junction',
      maxWorkers: o.maxWorkers,
      layout: { type: 'root', envFiles: ['.env'], nodeModules: 'node_modules', testCmd: 'node node_modules/vitest/vitest.mjs run' },
      workerCli: { preset: 'claude', cmd: claude, setEnv: { ...claudeEnv(home, model.url), GITHUB_TOKEN: gh.token, ORCH_GH_BIN: '/nonexistent', ...cpuEnv }, bootWaitSec: 120 },
    }, null, 2) + '\n');
    writeFileSync(path.join(repo, '.git', 'info', 'exclude'), '/.claude/\n', { flag: 'a' });
    const env = { ...process.env, GITHUB_TOKEN: gh.token, ORCH_GH_BIN: '/nonexistent', ORCH_MUX_SOCKET: socket, NO_COLOR: '1', ...cpuEnv };
    delete env.GH_TOKEN;
    delete env.TMUX;
    const setupMs = Date.now() - setup0;

    // The timed part: what the user runs, until every issue has an open PR.
    const spawnOrch = (args, log) => {
      const c = spawn(NODE, [ORCH, ...args], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      c.stdout.on('data', (d) => (out += d));
      c.stderr.on('data', (d) => log && process.stderr.write(`  [${args[0]}] ${d}`));
      return { child: c, done: new Promise((res) => c.on('exit', (code) => res({ code, out }))) };
    };
    const requests0 = gh.rateLimited();
    const t0 = Date.now();
    process.stderr.write(`backlog bench: ${o.issues} issues, maxWorkers ${o.maxWorkers}, real Claude Code workers (scripted model), vitest\n`);
    const start = await spawnOrch(['start-issues', ...Array.from({ length: o.issues }, (_, i) => String(i + 1)), '--json'], false).done;
    if (start.code !== 0) throw new Error(`orch start-issues exited ${start.code}: ${start.out.slice(0, 500)}`);
    const loop = spawnOrch(['orchestrate', 'poll', '--loop', `${Math.round(o.pollMs / 1000)}s`, '--json'], false);
    const openPrs = () => gh.pulls().filter((p) => p.state === 'open').length;
    let lastShown = -1;
    while (openPrs() < o.issues) {
      if (Date.now() - t0 > o.timeoutMs) break;
      if (loop.child.exitCode !== null) break;
      if (openPrs() !== lastShown) process.stderr.write(`  ${((Date.now() - t0) / 1000).toFixed(0)}s: ${(lastShown = openPrs())} open PRs\n`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const wallMs = Date.now() - t0;
    const prs = openPrs();
    loop.child.kill('SIGTERM');
    await loop.done;
    const used = gh.rateLimited();

    // What a human would have to do: issues without an open PR, and whatever the orchestrator says needs you. Read
    // while the guard server still runs: the workers' last events (a Stop after the finish) reach it over HTTP.
    // Asynchronous: the emulator answers from this process, so a blocking spawn would deadlock.
    const before = existsSync(cpuLog) ? readFileSync(cpuLog, 'utf8').length : 0;
    const dash = JSON.parse((await spawnOrch(['orchestrate', '--json'], false).done).out);
    // The guard server (started with the first worker) records its CPU when it exits: stop it now.
    const guardPid = Number(existsSync(path.join(repo, '.git', 'session-orchestrator', 'guard-server.pid')) ? readFileSync(path.join(repo, '.git', 'session-orchestrator', 'guard-server.pid'), 'utf8') : 0);
    if (guardPid) {
      process.kill(guardPid, 'SIGTERM');
      for (let i = 0; i < 50 && spawnSync('kill', ['-0', String(guardPid)]).status === 0; i++) await new Promise((r) => setTimeout(r, 100));
    }
    // The dashboard read above is the bench's own look, not part of the run: its line is left out.
    const logged = existsSync(cpuLog) ? readFileSync(cpuLog, 'utf8') : '';
    const cpuLines = logged.slice(0, before) + logged.slice(before).split('\n').filter((l) => l && JSON.parse(l).cmd !== 'orchestrate').map((l) => `${l}\n`).join('');
    const needs = dash.workers.filter((w) => w.state.name !== 'done' || (w.pr && w.pr.state.toUpperCase() !== 'OPEN')).map((w) => ({ name: w.name, status: w.state.name, reason: w.state.reason }));
    const withoutPr = Array.from({ length: o.issues }, (_, i) => i + 1).filter((n) => !gh.pulls().some((p) => p.state === 'open' && /Closes #(\d+)/.exec(p.body ?? '')?.[1] === String(n)));
    // bash's times: "0m0.012s 0m0.004s" (children's user and system time).
    const seconds = (t) => [...t.matchAll(/(\d+)m([\d.]+)s/g)].reduce((a, m) => a + Number(m[1]) * 60 + Number(m[2]), 0);
    const parsed = cpuLines.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    // orch's resident shell: what it costs per program it starts, measured now on this machine (see shellJobCost).
    const shellLoop = parsed.find((c) => c.spawnerLoop)?.spawnerLoop;
    // Measured where the shell keeps its job files (a memory filesystem when there is one): files cost differently there.
    const shellBase = parsed.find((c) => c.spawnerBase)?.spawnerBase;
    const perJobMs = shellLoop ? shellJobCost(shellLoop, shellBase && existsSync(shellBase) ? shellBase : root) : 0;
    const cpu = parsed.map((c) => (c.cmd === 'hook.sh' || c.cmd === 'orch.sh' ? { ...c, cpuMs: seconds(c.times) * 1000, childrenMs: 0, counted: true } : c)).map((c) => (c.spawnerJobs ? { ...c, shellMs: c.spawnerJobs * perJobMs, cpuMs: c.cpuMs + c.spawnerJobs * perJobMs } : c));
    const byCmd = {};
    for (const c of cpu) {
      const k = c.cmd ?? '?';
      byCmd[k] ??= { processes: 0, cpuMs: 0, childrenMs: 0, spawns: {}, shellJobs: 0, shellMs: 0 };
      byCmd[k].processes++;
      byCmd[k].shellJobs += c.spawnerJobs ?? 0;
      byCmd[k].shellMs += c.shellMs ?? 0;
      for (const [p, n] of Object.entries(c.spawns ?? {})) byCmd[k].spawns[p] = (byCmd[k].spawns[p] ?? 0) + n;
      byCmd[k].cpuMs += c.cpuMs;
      byCmd[k].childrenMs += c.childrenMs;
    }
    const orchCpuMs = cpu.reduce((s, c) => s + (c.counted === false ? 0 : c.cpuMs), 0);
    const result = {
      issues: o.issues,
      maxWorkers: o.maxWorkers,
      openPrs: prs,
      wallMs,
      setupMs,
      orchCpuMs: Math.round(orchCpuMs),
      orchCpuShare: orchCpuMs / wallMs,
      orchCpuByCommand: Object.fromEntries(Object.entries(byCmd).map(([k, v]) => [k, { processes: v.processes, cpuMs: Math.round(v.cpuMs), childrenMs: Math.round(v.childrenMs), spawns: v.spawns, shellJobs: v.shellJobs, shellMs: Math.round(v.shellMs) }])),
      shellJobCostMs: perJobMs,
      github: { counted: used.requests - requests0.requests, rest: used.core - requests0.core, graphqlRequests: used.graphqlRequests - requests0.graphqlRequests, graphqlPoints: used.graphqlPoints - requests0.graphqlPoints, violations: gh.violations.length, mergeAttempts: gh.mergeAttempts() },
      humanActions: withoutPr.length + needs.filter((m) => !withoutPr.some((n) => m.name.startsWith(`fix-${n}-`))).length,
      withoutPr,
      needsYou: needs.map((m) => `${m.name} (${m.status}: ${m.reason})`),
      machine: { cores: os.availableParallelism(), load1AtEnd: os.loadavg()[0] },
    };
    const pct = (x) => `${(x * 100).toFixed(1)}%`;
    process.stdout.write([
      `Backlog bench: ${o.issues} issues, maxWorkers ${o.maxWorkers}, ${result.machine.cores} cores`,
      `  open PRs:                 ${prs} of ${o.issues}`,
      `  wall time to ${prs} PRs:    ${(wallMs / 1000).toFixed(0)} s   (setup outside the timing: ${(setupMs / 1000).toFixed(0)} s)`,
      `  orch's own CPU:           ${(orchCpuMs / 1000).toFixed(1)} s = ${pct(result.orchCpuShare)} of the wall time`,
      ...Object.entries(result.orchCpuByCommand).map(([k, v]) => `    ${k.padEnd(14)} ${String(v.processes).padStart(5)} process(es)  ${(v.cpuMs / 1000).toFixed(1)} s own CPU   (children: git, tmux, tests: ${(v.childrenMs / 1000).toFixed(1)} s)${Object.keys(v.spawns).length ? `; started ${Object.entries(v.spawns).sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(', ')}` : ''}${v.shellJobs ? `; ${v.shellJobs} through its shell (${(v.shellMs / 1000).toFixed(2)} s of it, at ${perJobMs.toFixed(2)} ms each)` : ''}`),
      `  GitHub requests counted:  ${result.github.counted} (REST ${result.github.rest}, GraphQL ${result.github.graphqlRequests} requests / ${result.github.graphqlPoints} points); official-description violations ${result.github.violations}; merge attempts ${result.github.mergeAttempts}`,
      `  human actions needed:     ${result.humanActions}${result.needsYou.length ? ` (${result.needsYou.join('; ')})` : ''}`,
      '',
    ].join('\n'));
    if (o.json) writeFileSync(o.json, JSON.stringify(result, null, 2) + '\n');
  } finally {
    await cleanup();
  }
}

main().catch((e) => {
  process.stderr.write(`backlog bench failed: ${e.stack ?? e}\n`);
  process.exit(1);
});
