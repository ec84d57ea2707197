import path from 'node:path';
import os from 'node:os';
import { distScript } from '../../package-root.js';
import { mkdtempSync, writeFileSync, mkdirSync } from '../../adapters/fs.js';
import { run } from '../../adapters/proc.js';
import * as git from '../../adapters/git.js';
import type { Ctx, Project } from '../../context.js';
import { makeMux } from '../../context.js';
import { resolveConfig } from '../../config/resolve.js';
import { Registry } from '../../state/registry.js';
import { claudeBinary, claudeEnv, prepareClaudeHome } from '../../demo/claude-home.js';
import { startScriptedModel, type ScriptedModel } from '../../demo/scripted-model.js';
import { demoModel } from '../../demo/demo-model.js';
import { planTask } from '../worker/start.js';
import { dispatchWorker } from '../batch/dispatch.js';
import { newBatch, saveBatch } from '../batch/batches.js';
import { listFlow } from '../watch/list.js';
import { mapLimit } from '../shared/map-limit.js';
import { OrchError } from '../../errors.js';

export const DEMO_TASKS: Array<{ name: string; task: string }> = [
  { name: 'greeting', task: 'Add a note proposing a friendly greeting for the README.' },
  { name: 'changelog', task: 'Add a note sketching the first CHANGELOG entry.' },
  { name: 'roadmap', task: 'Add a note listing three roadmap ideas.' },
];

async function sh(cwd: string, cmd: string, args: string[]) {
  const r = await run(cmd, args, { cwd });
  if (r.exitCode !== 0) throw new OrchError('demo', `${cmd} ${args.join(' ')} failed: ${r.stderr}`);
}

/** `orch demo`: a throwaway repo with a bare origin, three tasks dispatched in parallel, waited for until each commits. */
export async function demoFlow(ctx: Ctx, o: { standIn: boolean; timeoutMs: number; mux?: 'tmux' | 'headless' | undefined }) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'orch-demo-'));
  const origin = path.join(root, 'origin.git');
  const repo = path.join(root, 'demo-repo');
  ctx.out.info(`Demo workspace: ${root}`);
  await sh(root, 'git', ['init', '-q', '--bare', '-b', 'main', origin]);
  await sh(root, 'git', ['init', '-q', '-b', 'main', repo]);
  for (const [k, v] of [['user.name', 'orch demo'], ['user.email', 'demo@orch.invalid'], ['commit.gpgsign', 'false']]) await sh(repo, 'git', ['config', k!, v!]);
  writeFileSync(path.join(repo, 'README.md'), '# Demo project\n\nA throwaway repository made by `orch demo`.\n');
  await sh(repo, 'git', ['add', '.']);
  await sh(repo, 'git', ['commit', '-q', '-m', 'Initial commit']);
  await sh(repo, 'git', ['remote', 'add', 'origin', origin]);
  await sh(repo, 'git', ['push', '-q', '-u', 'origin', 'main']);

  const tmux = o.mux !== 'headless' && (await run('tmux', ['-V'])).exitCode === 0;
  const claude = o.standIn ? undefined : claudeBinary();
  let model: ScriptedModel | undefined;
  let workerCli: Record<string, unknown>;
  if (claude && tmux) {
    model = await startScriptedModel(demoModel);
    const home = path.join(root, 'claude-home');
    // An isolated HOME: the user's own Claude login, settings and credits are never touched.
    await prepareClaudeHome({ dir: home });
    workerCli = { preset: 'claude', cmd: claude, setEnv: claudeEnv(home, model.url) };
  } else {
    const standIn = distScript('demo/stand-in-worker.js');
    workerCli = { preset: 'generic', cmd: process.execPath, args: [standIn], ready: { matchAny: tmux ? ['stand-in ready>'] : [] }, setEnv: tmux ? {} : { ORCH_STANDIN_AUTORUN: '1' } };
  }
  const socket = `orch-demo-${path.basename(root).replace(/[^a-zA-Z0-9]/g, '')}`;
  const raw = { projectName: 'demo-repo', psmuxSession: 'demo', defaultBranch: 'main', muxSocket: socket, mux: tmux ? 'tmux' : 'headless', workerCli, layout: { type: 'root', envFiles: [] } };
  const cfgFile = path.join(repo, '.claude', 'session-plugin.json');
  let project: Project;
  try {
    mkdirSync(path.dirname(cfgFile), { recursive: true });
    writeFileSync(cfgFile, `${JSON.stringify(raw, null, 2)}\n`);
    await git.excludeFromGit(repo, '/.claude/');
    const config = resolveConfig(raw, cfgFile, { ...process.env, ORCH_MUX_SOCKET: '' });
    const registry = await Registry.open(repo);
    project = { config, registry, mux: makeMux(config, registry) };
  } catch (e) {
    await model?.close();
    throw e;
  }
  const { config, registry } = project;
  const label = claude && tmux ? 'real Claude Code CLI driven by the bundled scripted demo model' : `bundled stand-in worker (${claude ? 'tmux missing' : 'Claude Code CLI not installed'}; not Claude)`;
  ctx.out.info(`DEMO: workers are the ${label}; ${tmux ? 'tmux windows on a private socket' : 'headless processes'}.`);

  try {
    const batch = newBatch('demo', DEMO_TASKS.map((t) => t.name));
    const started = Date.now();
    const workers = await mapLimit(DEMO_TASKS, 3, (t) => dispatchWorker(project, planTask(project, { name: t.name, task: t.task, batch: batch.id }), { launch: true, log: (s) => ctx.out.info(s) }));
    saveBatch(registry, batch);
    ctx.out.info(`Dispatched ${workers.length} workers; waiting for each to commit on its branch${claude && tmux ? ' and finish' : ''}...`);
    const commits = await mapLimit(workers, 3, async (w) => {
      const until = Date.now() + o.timeoutMs;
      for (;;) {
        const n = await git.commitCount(w.worktree, `origin/main..HEAD`);
        if (n > 0) {
          ctx.out.info(`  ${w.name}: committed (${((Date.now() - started) / 1000).toFixed(1)}s)`);
          return { name: w.name, branch: w.branch, commits: n, subject: (await git.lastCommit(w.worktree))?.subject };
        }
        if (Date.now() > until) throw new OrchError('demo-timeout', `${w.name} did not commit within ${Math.round(o.timeoutMs / 1000)}s`, { hint: `look at it: ${project.mux.attachHint(config.session, w.name)}` });
        await new Promise((r) => setTimeout(r, 300));
      }
    });
    let list = await listFlow(project);
    if (claude && tmux) {
      // Claude workers then run their brief's `orch finish` (it pushes the branch) and report: wait for where each ends.
      const FINAL = ['done', 'finish-failed', 'blocked', 'errored', 'dead'];
      const told = new Set<string>();
      const until = Date.now() + o.timeoutMs;
      for (;;) {
        for (const w of list.workers.filter((x) => FINAL.includes(x.state.name) && !told.has(x.name))) {
          told.add(w.name);
          ctx.out.info(`  ${w.name}: ${w.state.name === 'done' ? 'finished, branch pushed' : `${w.state.name}: ${w.state.reason}`} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
        }
        if (told.size === list.workers.length || Date.now() > until) break;
        await new Promise((r) => setTimeout(r, 500));
        list = await listFlow(project);
      }
    }
    return {
      root,
      repo,
      config: cfgFile,
      workerKind: claude && tmux ? 'claude' : 'stand-in',
      label,
      commits,
      list,
      attach: project.mux.attachHint(config.session),
      remove: tmux ? [`tmux -L ${socket} kill-server`, `rm -rf ${root}`] : [`rm -rf ${root}`],
    };
  } finally {
    await model?.close();
  }
}
