import path from 'node:path';
import os from 'node:os';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claudeBinary, claudeEnv, prepareClaudeHome } from '../src/demo/claude-home.js';
import { startScriptedModel, type ModelRequestContext, type ScriptedModel } from '../src/demo/scripted-model.js';
import { makeTestProject, type TestProject } from './support/project.js';
import { serveGitHttp, type GitHttpServer } from './support/git-http-server.js';
import { copyRepository } from './support/repo-copy.js';

// The plugin the way a user gets it from GitHub: `claude plugin marketplace add <git URL>` + `claude plugin install`
// with the real Claude Code CLI into an isolated HOME, then `/session-orchestrator:session list` in another
// repository, answered by a scripted model that runs exactly the command line the installed commands/session.md
// tells Claude to run.
//
// - The marketplace is this repository as a clone of it holds it (tracked files plus new ones not ignored, so dist/
//   is in: it is committed), committed into a temp repository served over git's smart HTTP on 127.0.0.1:
//   Claude Code clones it and copies the plugin into ~/.claude/plugins/cache like it does for owner/repo. (A local
//   folder marketplace is read in place instead, which would not test the copy.)
// - Claude Code runs `npm ci --ignore-scripts` in a plugin folder that has a package-lock.json. Here npm is offline
//   with an empty cache, so that step installs nothing: the plugin works from the committed dist/ with Node alone.

const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'orch-plugin-')));
const market = path.join(root, 'marketplace');
const bare = path.join(root, 'served', 'session-orchestrator.git');
const home = path.join(root, 'home');
let project: TestProject;
let model: ScriptedModel;
let server: GitHttpServer;
let marketUrl = '';
let env: Record<string, string>;
/** What the model saw and did: the command line it found in the rendered /session text, and the tool result. */
const seen: { line?: string; result?: string; error?: boolean } = {};

const claude = (args: string[], cwd = root) =>
  execa(claudeBinary()!, args, { cwd, env, extendEnv: false, reject: false, timeout: 120_000 });

/** Text blocks of every message in a Messages API request. */
function textsOf(ctx: ModelRequestContext): string[] {
  const messages = (ctx.body as { messages?: Array<{ content?: unknown }> }).messages ?? [];
  return messages.flatMap((m) => (typeof m.content === 'string' ? [m.content] : Array.isArray(m.content) ? m.content.map((b: { text?: unknown }) => (typeof b.text === 'string' ? b.text : '')) : []));
}

beforeAll(async () => {
  copyRepository(market);
  const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, stdio: 'pipe' });
  git(['init', '-q', '-b', 'main'], market);
  git(['add', '-A'], market);
  git(['-c', 'user.name=orch test', '-c', 'user.email=orch-test@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'snapshot'], market);
  git(['clone', '-q', '--bare', market, bare], root);
  server = await serveGitHttp(path.dirname(bare));
  marketUrl = `${server.url}/${path.basename(bare)}`;
  project = await makeTestProject({ worker: 'none' });
  model = await startScriptedModel((ctx) => {
    if (ctx.step === 0) {
      // The command line as Claude Code rendered commands/session.md, ${CLAUDE_PLUGIN_ROOT} already substituted.
      const m = textsOf(ctx).map((t) => /`(node "[^"`]*\/bin\/orch\.js" list --json)`/.exec(t)).find(Boolean);
      if (!m) return { text: 'NO COMMAND LINE FOUND in the /session text' };
      seen.line = m[1]!;
      return { tool: 'Bash', input: { command: seen.line, description: 'List the orch workers' } };
    }
    if (ctx.step === 1 && seen.result === undefined) {
      seen.result = ctx.lastToolResult ?? '';
      seen.error = ctx.lastToolError ?? false;
    }
    return { text: 'Done.' };
  });
  await prepareClaudeHome({ dir: home, trustedDirs: [project.repo] });
  env = {
    ...claudeEnv(home, model.url),
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    // Claude Code's `npm ci` in the plugin folder: no network, an empty cache, so it installs nothing.
    npm_config_offline: 'true',
    npm_config_cache: path.join(root, 'npm-cache'),
    npm_config_update_notifier: 'false',
  };
}, 120_000);

afterAll(async () => {
  await server?.close();
  await model?.close();
  await project?.cleanup();
  rmSync(root, { recursive: true, force: true });
});

describe('the Claude Code plugin, installed the standard way', () => {
  let installPath = '';

  it('claude plugin marketplace add + claude plugin install', async () => {
    const added = await claude(['plugin', 'marketplace', 'add', marketUrl, '--json']);
    expect(added.exitCode, added.stderr).toBe(0);
    expect(JSON.parse(String(added.stdout).trim().split('\n').at(-1)!)).toMatchObject({ outcome: 'ok', marketplace: 'session-orchestrator' });

    const installed = await claude(['plugin', 'install', 'session-orchestrator@session-orchestrator', '--json']);
    expect(installed.exitCode, installed.stderr).toBe(0);
    expect(JSON.parse(String(installed.stdout).trim().split('\n').at(-1)!)).toMatchObject({ outcome: 'ok', pluginId: 'session-orchestrator@session-orchestrator' });

    const record = JSON.parse(readFileSync(path.join(home, '.claude', 'plugins', 'installed_plugins.json'), 'utf8'));
    installPath = record.plugins['session-orchestrator@session-orchestrator'][0].installPath;
    expect(installPath.startsWith(path.join(home, '.claude', 'plugins', 'cache') + path.sep)).toBe(true);
    expect(existsSync(path.join(installPath, 'dist', 'bin.js'))).toBe(true);
    expect(existsSync(path.join(installPath, 'node_modules')), 'no packages were installed into the plugin').toBe(false);
  }, 180_000);

  it('/session list runs the command line from commands/session.md and gets orch list --json', async () => {
    expect(installPath).not.toBe('');
    const r = await claude(['-p', '/session-orchestrator:session list', '--output-format', 'json'], project.repo);
    expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(0);

    // Exactly the line commands/session.md gives, with the plugin's folder where ${CLAUDE_PLUGIN_ROOT} was.
    const sessionMd = readFileSync(path.join(installPath, 'commands', 'session.md'), 'utf8');
    const template = /`(node "\$\{CLAUDE_PLUGIN_ROOT\}\/bin\/orch\.js" list --json)`/.exec(sessionMd)?.[1];
    expect(template).toBe('node "${CLAUDE_PLUGIN_ROOT}/bin/orch.js" list --json');
    expect(seen.line).toBe(template!.replace('${CLAUDE_PLUGIN_ROOT}', installPath));

    // Claude ran it (allowed-tools let it through without a prompt) and got orch's JSON.
    expect(seen.error, seen.result).toBe(false);
    const listed = JSON.parse(seen.result!);
    expect(listed).toMatchObject({ session: 'orchtest', workers: [], queued: [], zombies: [], orphanWindows: [], missingWorktrees: [] });
  }, 180_000);

  it('the same line in a shell, from the other repository, prints the same list', async () => {
    const r = await execa('bash', ['-c', seen.line!], { cwd: project.repo, env: { ...env, ORCH_MUX_SOCKET: project.socket }, extendEnv: false, reject: false });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(String(r.stdout))).toMatchObject({ session: 'orchtest', workers: [] });
  }, 60_000);
});
