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

// zsh and fish themselves are checked in test-shells/ (`npm run test:shells`, run by .ci/run after installing
// them): `npm test` needs only what the README lists.
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

  it('the built binary prints the same script', async () => {
    const r = await execa(process.execPath, [ORCH_BIN, 'completion', 'fish']);
    expect(`${r.stdout}\n`).toBe(scripts.fish);
    const bad = await execa(process.execPath, [ORCH_BIN, 'completion', 'tcsh'], { reject: false });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/tcsh/);
  });
});
