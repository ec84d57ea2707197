import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../src/main.js';
import { commandSpec } from '../src/cli/completion.js';
import { completionScript } from '../src/core/completion.js';

// The generated zsh and fish scripts, run by the real shells. They are not in `npm test`, which needs only what
// the README lists; `npm run test:shells` runs them and .ci/run installs zsh and fish first.
const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-completion-shells-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = commandSpec(buildProgram());
const script = (shell: 'zsh' | 'fish') => completionScript(shell, spec, 'orch');

describe('orch completion in zsh and fish', () => {
  it('the zsh script is valid zsh (zsh -n)', async () => {
    const file = path.join(dir, '_orch');
    writeFileSync(file, script('zsh'));
    expect((await execa('zsh', ['-n', file], { reject: false })).exitCode).toBe(0);
  });

  it('the fish script is valid fish (fish -n)', async () => {
    const file = path.join(dir, 'orch.fish');
    writeFileSync(file, script('fish'));
    expect((await execa('fish', ['-n', file], { reject: false })).exitCode).toBe(0);
  });

  it('fish completes subcommands, aliases and option choices', async () => {
    const file = path.join(dir, 'orch.fish');
    writeFileSync(file, script('fish'));
    const ask = async (line: string) => String((await execa('fish', ['--no-config', '-c', `source ${file}; complete -C '${line}'`])).stdout).split('\n').map((l) => l.split('\t')[0]).sort();
    expect(await ask('orch server st')).toEqual(['start', 'stop']);
    expect(await ask('orch ls --js')).toEqual(['--json']);
    expect(await ask('orch server start --part ')).toEqual(['backend', 'both', 'frontend']);
  });

  it('zsh offers the right words (completion helpers stubbed)', async () => {
    const file = path.join(dir, '_orch_fn');
    writeFileSync(file, script('zsh'));
    // Outside a completion widget _describe/compadd do not exist; stubs print what would be offered.
    const prelude = `compdef() { : }; _describe() { local -a a; a=("\${(@P)\${@[-1]}}"); print -l -- "\${a[@]%%:*}"; }; compadd() { print -l -- "\${(@P)2}"; }; _files() { print FILES; }; source ${file}`;
    // Exit status 1 means "nothing offered", which zsh treats as no match; the words printed are what counts.
    const ask = async (...w: string[]) => String((await execa('zsh', ['-f', '-c', `${prelude}; words=(${w.map((x) => `'${x}'`).join(' ')}); CURRENT=${w.length}; _orch`], { reject: false })).stdout).split('\n').filter(Boolean).sort();
    expect(await ask('orch', 'server', 'st')).toEqual(['check', 'start', 'stop']);
    expect(await ask('orch', 'server', 'start', '--part', '')).toEqual(['backend', 'both', 'frontend']);
    expect(await ask('orch', 'completion', '')).toEqual(['bash', 'fish', 'zsh']);
  });
});
