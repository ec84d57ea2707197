import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../src/main.js';
import { renderConfigDoc } from '../src/config/doc.js';
import { renderJsonDoc } from '../src/core/json-doc.js';
import { claudeBinary } from '../src/demo/claude-home.js';
import { REPO_ROOT } from './support/project.js';
import { allCommands, documentedCommands, hasJson, leafCommands, parseProblem, referencePages, resolveCommand, shExamples } from './support/cli-docs.js';

const read = (...p: string[]) => readFileSync(path.join(REPO_ROOT, ...p), 'utf8');
const program = buildProgram();
const topLevel = allCommands(program).filter((n) => n.depth === 0);
const sessionMd = read('commands', 'session.md');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Front matter of a command file as key -> raw value (one line each). */
function frontMatter(text: string): Record<string, string> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return {};
  return Object.fromEntries(m[1]!.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

describe('/session maps every orch subcommand', () => {
  // One test per command, so a command that lands without docs fails by name.
  it.each(topLevel.map((n) => [n.path, n] as const))('/session %s', (name, node) => {
    const row = sessionMd.split('\n').find((l) => new RegExp(`^\\|\\s*\`/session ${escapeRe(name)}(?![\\w-])`).test(l));
    expect(row, `commands/session.md has no table row for /session ${name}`).toBeDefined();
    expect(row).toContain(`\`orch ${name}`);
    if (hasJson(node.cmd)) expect(row, `orch ${name} has --json, so /session ${name} runs it with --json`).toContain('--json');
  });

  it('maps only commands that exist', () => {
    const names = new Set(topLevel.map((n) => n.path));
    const mentioned = [...sessionMd.matchAll(/\/session ([a-z][a-z-]*)/g)].map((m) => m[1]!);
    expect(mentioned.filter((m) => !names.has(m))).toEqual([]);
  });
});

describe('reference pages', () => {
  const pages = referencePages();
  const documented = pages.flatMap((f) => documentedCommands(f).map((c) => ({ page: path.basename(f), c })));

  it.each(leafCommands(program).map((n) => [n.path] as const))('orch %s has a reference section', (name) => {
    expect(documented.filter((d) => d.c === name || d.c.startsWith(`${name} `)).map((d) => d.page), `no reference page has a heading with \`orch ${name}\``).not.toEqual([]);
  });

  it('document only commands that exist', () => {
    expect(documented.filter((d) => !resolveCommand(d.c, program))).toEqual([]);
  });

  it('every page has ```sh examples that run orch', () => {
    expect(pages.filter((f) => shExamples(f).length === 0).map((f) => path.basename(f))).toEqual([]);
  });

  it('every example in reference/ and README.md parses as an orch invocation', () => {
    const examples = [...pages, path.join(REPO_ROOT, 'README.md')].flatMap(shExamples);
    expect(examples.length).toBeGreaterThan(50);
    const bad = examples.map((e) => ({ at: `${e.file}:${e.line}`, example: e.text, problem: parseProblem(e.argv) })).filter((x) => x.problem);
    expect(bad).toEqual([]);
  });

  it('the example parser catches what is wrong', () => {
    expect(parseProblem(['start', 'add-login', '--task', 'x'])).toBeUndefined();
    expect(parseProblem(['frobnicate'])).toMatch(/unknown command/);
    expect(parseProblem(['list', '--no-such-flag'])).toMatch(/unknown option/);
    expect(parseProblem(['start-issues', '--limit', 'many'])).toMatch(/positive whole number/);
  });

  it('README links every reference page', () => {
    const readme = read('README.md');
    expect(pages.map((f) => `reference/${path.basename(f)}`).filter((p) => !readme.includes(`](${p})`))).toEqual([]);
  });

  it('config.md is what the generator makes from the schema (npm run docs)', () => {
    expect(read('reference', 'config.md')).toBe(renderConfigDoc());
  });

  it('json.md is what the generator makes from the --json schemas (npm run docs)', () => {
    expect(read('reference', 'json.md')).toBe(renderJsonDoc());
  });
});

describe('command files', () => {
  const files = ['session.md', 'session-init.md'].map((f) => ({ f, text: read('commands', f) }));

  it.each(files)('$f may only run orch', ({ text }) => {
    const fm = frontMatter(text);
    expect(String(fm.description ?? '')).toMatch(/\w{3,}/); // Claude shows it in the command list
    // The plugin's own bundled CLI, run with Node: there is no `orch` on PATH and no npm package named orch.
    expect(fm['allowed-tools']).toBe('Bash(node "${CLAUDE_PLUGIN_ROOT}/bin/orch.js":*)');
    expect(text).toContain('`node "${CLAUDE_PLUGIN_ROOT}/bin/orch.js" ');
    expect(text).not.toMatch(/if `orch` is not found|run the same with `npx orch`/);
  });

  it.each([...files, { f: 'SKILL.md', text: read('.claude', 'skills', 'session', 'SKILL.md') }])('$f never tells Claude to merge, drive tmux or kill by name', ({ text }) => {
    // Commands Claude would run appear in code spans and blocks; prose may name what is forbidden.
    const code = [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!).concat([...text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]!));
    expect(code.filter((c) => /\bgh\s+pr\s+merge\b|\bgit\s+merge\b|\btmux\s|\bpsmux\s|\bpkill\b|\bkillall\b|\bkill\s+-|\btaskkill\b/.test(c))).toEqual([]);
  });

  it('.claude/session-plugin.json is this repository\'s own valid config', async () => {
    const { resolveConfig } = await import('../src/config/resolve.js');
    const file = path.join(REPO_ROOT, '.claude', 'session-plugin.json');
    const c = resolveConfig(JSON.parse(read('.claude', 'session-plugin.json')), file);
    expect(c.warnings).toEqual([]);
    expect(c.layout).toMatchObject({ type: 'root', testCmd: 'npm test', nodeModules: 'node_modules' });
  });
});

describe('plugin manifest', () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'orch-plugin-home-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('matches package.json', () => {
    const manifest = JSON.parse(read('.claude-plugin', 'plugin.json'));
    const pkg = JSON.parse(read('package.json'));
    expect(manifest).toMatchObject({ name: pkg.name, version: pkg.version, license: pkg.license });
  });

  it('the marketplace lists this repository as the plugin', () => {
    const market = JSON.parse(read('.claude-plugin', 'marketplace.json'));
    const pkg = JSON.parse(read('package.json'));
    expect(market.plugins).toEqual([expect.objectContaining({ name: pkg.name, source: './' })]);
  });

  // Claude Code's own validator (`claude plugin validate`), strict: warnings such as unknown fields fail too. The
  // repository root holds both manifests; validating the root checks the marketplace and what its plugin provides.
  it.each([
    ['.', 'marketplace'],
    ['.claude-plugin/plugin.json', 'plugin'],
  ])('claude plugin validate --strict accepts %s (the %s) and finds both commands', async (file, type) => {
    const r = await execa(claudeBinary()!, ['plugin', 'validate', path.join(REPO_ROOT, file), '--strict', '--json'], {
      env: { HOME: home, DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' },
      reject: false,
      timeout: 60_000,
    });
    const report = JSON.parse(String(r.stdout));
    expect(report.manifest.type).toBe(type);
    expect({ errors: report.manifest.errors, warnings: report.manifest.warnings }).toEqual({ errors: [], warnings: [] });
    expect(report.success).toBe(true);
    expect(r.exitCode).toBe(0);
    expect(report.provides.commands).toEqual(expect.arrayContaining(['session-orchestrator:session', 'session-orchestrator:session-init']));
  });
});
