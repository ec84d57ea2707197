import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../src/main.js';
import { commandSpec } from '../src/cli/completion.js';
import { completionScript, SHELLS } from '../src/core/completion.js';
import { ORCH_BIN } from './support/project.js';
import { allCommands } from './support/cli-docs.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-completion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const program = buildProgram();
const scripts = Object.fromEntries(SHELLS.map((s) => [s, completionScript(s, commandSpec(program), 'orch')]));

/** Runs the bash completion function for a command line (the last word is the one being completed). */
async function complete(line: string): Promise<string[]> {
  const file = path.join(dir, 'orch.bash');
  writeFileSync(file, scripts.bash!);
  const words = line.split(' ');
  const script = `source ${file}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _orch; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = await execa('bash', ['--norc', '-c', script]);
  return String(r.stdout).split('\n').filter(Boolean).sort();
}

describe('orch completion', () => {
  it.each(SHELLS)('the %s script mentions every command and subcommand', (shell) => {
    const missing = allCommands(program).filter((n) => !n.path.split(' ').every((w) => new RegExp(`(^|[\\s'"(])${w}([\\s'":)]|$)`, 'm').test(scripts[shell]!)));
    expect(missing.map((n) => n.path)).toEqual([]);
  });

  it('the bash script is valid bash (bash -n)', async () => {
    const file = path.join(dir, 'check.bash');
    writeFileSync(file, scripts.bash!);
    const r = await execa('bash', ['-n', file], { reject: false });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
  });

  it('the zsh script is valid zsh (zsh -n)', async () => {
    const file = path.join(dir, '_orch');
    writeFileSync(file, scripts.zsh!);
    expect((await execa('zsh', ['-n', file], { reject: false })).exitCode).toBe(0);
  });

  it('the fish script is valid fish (fish -n)', async () => {
    const file = path.join(dir, 'orch.fish');
    writeFileSync(file, scripts.fish!);
    expect((await execa('fish', ['-n', file], { reject: false })).exitCode).toBe(0);
  });

  it.each([
    ['orch sta', ['start', 'start-issues', 'status']],
    ['orch server st', ['start', 'stop']],
    ['orch server start --pa', ['--part']],
    ['orch server start --part ', ['backend', 'both', 'frontend']],
    ['orch --config x.json cl', ['cleanup', 'close']],
    ['orch completion ', ['bash', 'fish', 'zsh']],
    ['orch ls --js', ['--json']],
  ])('bash completes "%s"', async (line, expected) => {
    const got = await complete(line);
    if (line.endsWith(' ') && !line.includes('--part')) expect(got).toEqual(expect.arrayContaining(expected));
    else expect(got).toEqual(expected);
  });

  it('fish completes subcommands, aliases and option choices', async () => {
    const file = path.join(dir, 'orch.fish');
    writeFileSync(file, scripts.fish!);
    const ask = async (line: string) => String((await execa('fish', ['--no-config', '-c', `source ${file}; complete -C '${line}'`])).stdout).split('\n').map((l) => l.split('\t')[0]).sort();
    expect(await ask('orch server st')).toEqual(['start', 'stop']);
    expect(await ask('orch ls --js')).toEqual(['--json']);
    expect(await ask('orch server start --part ')).toEqual(['backend', 'both', 'frontend']);
  });

  it('zsh offers the right words (completion helpers stubbed)', async () => {
    const file = path.join(dir, '_orch_fn');
    writeFileSync(file, scripts.zsh!);
    // Outside a completion widget _describe/compadd do not exist; stubs print what would be offered.
    const prelude = `compdef() { : }; _describe() { local -a a; a=("\${(@P)\${@[-1]}}"); print -l -- "\${a[@]%%:*}"; }; compadd() { print -l -- "\${(@P)2}"; }; _files() { print FILES; }; source ${file}`;
    // Exit status 1 means "nothing offered", which zsh treats as no match; the words printed are what counts.
    const ask = async (...w: string[]) => String((await execa('zsh', ['-f', '-c', `${prelude}; words=(${w.map((x) => `'${x}'`).join(' ')}); CURRENT=${w.length}; _orch`], { reject: false })).stdout).split('\n').filter(Boolean).sort();
    expect(await ask('orch', 'server', 'st')).toEqual(['check', 'start', 'stop']);
    expect(await ask('orch', 'server', 'start', '--part', '')).toEqual(['backend', 'both', 'frontend']);
    expect(await ask('orch', 'completion', '')).toEqual(['bash', 'fish', 'zsh']);
  });

  it('the built binary prints the same script', async () => {
    const r = await execa(process.execPath, [ORCH_BIN, 'completion', 'fish']);
    expect(`${r.stdout}\n`).toBe(scripts.fish);
    const bad = await execa(process.execPath, [ORCH_BIN, 'completion', 'tcsh'], { reject: false });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/tcsh/);
  });
});
