// orch's resident shell starts git and tmux for its long-lived processes (src/adapters/spawner.ts): what a program
// gets (arguments, stdin, folder, environment) and gives back (stdout, stderr, exit code) must be exactly what a
// spawn from Node gives, untrusted text must never become shell syntax, and whatever it cannot take is left to the
// caller. Real processes throughout.
import path from 'node:path';
import os from 'node:os';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnViaShell } from '../src/adapters/spawner.js';
import { REPO_ROOT, waitFor } from './support/project.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'orch-spawner-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const must = <T>(p: Promise<T> | undefined): Promise<T> => {
  expect(p, 'the shell took the job').toBeDefined();
  return p!;
};
const text = (b: Buffer) => b.toString('utf8');
const direct = (cmd: string, args: string[], o: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}) => {
  const r = spawnSync(cmd, args, { cwd: o.cwd, input: o.input, env: o.env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** Module code that imports the built spawnViaShell (from its dist chunk) as `run`, for a process of its own. */
function importBuiltSpawner(): string {
  const chunk = readdirSync(path.join(REPO_ROOT, 'dist', 'chunks')).find((f) => spawnSync('grep', ['-l', 'orch-spawner', path.join(REPO_ROOT, 'dist', 'chunks', f)]).status === 0);
  expect(chunk).toBeDefined();
  return `const m = await import(${JSON.stringify(path.join(REPO_ROOT, 'dist', 'chunks', chunk!))});
      const run = Object.values(m).find((f) => typeof f === 'function' && f.name === 'spawnViaShell');`;
}

describe('the resident shell', () => {
  it('gives a program exactly its arguments, whatever they hold, and returns its output and exit code as a spawn does', async () => {
    const marker = path.join(tmp, 'pwned');
    const args = ['%s\n', 'plain', 'two words', "it's", '"double"', `'; touch ${marker}; '`, `$(touch ${marker})`, `\`touch ${marker}\``, 'new\nline', 'tab\there', 'é 😀 中', '-n', '', '\\', '*', '$HOME', '!x'];
    const r = await must(spawnViaShell('printf', args));
    const d = direct('printf', args);
    expect({ code: r.code, stdout: text(r.stdout), stderr: text(r.stderr) }).toEqual(d);
    expect(existsSync(marker)).toBe(false);
    const failing = await must(spawnViaShell('sh', ['-c', 'echo out; echo err >&2; exit 7']));
    expect({ code: failing.code, stdout: text(failing.stdout), stderr: text(failing.stderr) }).toEqual({ code: 7, stdout: 'out\n', stderr: 'err\n' });
  });

  it('runs in the folder, with the stdin and the environment it is given (set and unset)', async () => {
    const dir = mkdtempSync(path.join(tmp, 'cwd ☃ '));
    expect(text((await must(spawnViaShell('pwd', [], { cwd: dir }))).stdout).trim()).toBe(dir);
    const input = `line one\n'quoted' $(not run)\n${'x'.repeat(100_000)}\n`;
    expect(text((await must(spawnViaShell('cat', [], { input }))).stdout)).toBe(input);
    // NUL-separated input (xargs -0, as git.gitEach feeds it) arrives intact.
    expect(text((await must(spawnViaShell('xargs', ['-0', 'printf', '[%s]'], { input: "a b\0it's\0$(x)\0" }))).stdout)).toBe("[a b][it's][$(x)]");
    // HOME is in the shell's own environment (it starts with this process's): this job has it unset.
    expect(process.env.HOME).toMatch(/^\//);
    const env: NodeJS.ProcessEnv = { ...process.env, ORCH_SPAWNER_TEST: "v'al $(x)", LANG: 'C' };
    delete env.HOME;
    const printed = text((await must(spawnViaShell('env', [], { env }))).stdout).split('\n');
    expect(printed).toContain("ORCH_SPAWNER_TEST=v'al $(x)");
    expect(printed).toContain('LANG=C');
    expect(printed.some((l) => l.startsWith('HOME='))).toBe(false);
    expect(printed).toContain(`PATH=${process.env.PATH}`);
    // The shell's own environment is untouched by one job's changes.
    const plain = text((await must(spawnViaShell('env', []))).stdout).split('\n');
    expect(plain).not.toContain("ORCH_SPAWNER_TEST=v'al $(x)");
    expect(plain).toContain(`HOME=${process.env.HOME}`);
  });

  it('runs many at once, each with its own answer', async () => {
    const rs = await Promise.all(Array.from({ length: 60 }, (_, i) => must(spawnViaShell('sh', ['-c', `sleep 0.0$((${i} % 5)); echo "$0"`, `job-${i}`]))));
    expect(rs.map((r) => text(r.stdout).trim())).toEqual(Array.from({ length: 60 }, (_, i) => `job-${i}`));
  });

  it('leaves to the caller what it cannot take: no such folder or program, a NUL byte, a name sh cannot set', () => {
    expect(spawnViaShell('pwd', [], { cwd: path.join(tmp, 'missing') })).toBeUndefined();
    expect(spawnViaShell('orch-no-such-program', [])).toBeUndefined();
    expect(spawnViaShell('printf', ['a\0b'])).toBeUndefined();
    expect(spawnViaShell('env', [], { env: { ...process.env, 'NOT-A-NAME': '1' } })).toBeUndefined();
  });

  it('says so when it stops under a job (never runs it twice), and the next job gets a new shell', async () => {
    const pending = must(spawnViaShell('sleep', ['5']));
    const shells = () => spawnSync('pgrep', ['-P', String(process.pid), '-f', 'orch-spawner'], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
    const [pid] = shells();
    expect(pid).toBeDefined();
    process.kill(Number(pid), 'SIGKILL');
    await expect(pending).rejects.toThrow(/stopped/);
    const again = await must(spawnViaShell('echo', ['back']));
    expect(text(again.stdout)).toBe('back\n');
    expect(shells()).not.toContain(pid);
  });

  it('leaves no files behind when the process it serves is killed', async () => {
    const own = mkdtempSync(path.join(tmp, 'TMPDIR-'));
    const script = `
      ${importBuiltSpawner()}
      await run('echo', ['ready']);
      process.stdout.write('ready\\n');
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TMPDIR: own }, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout!.on('data', () => resolve()));
    expect(readdirSync(own)).toHaveLength(1); // the shell's job folder
    child.kill('SIGKILL'); // no exit handler runs
    await waitFor(() => (readdirSync(own).length === 0 ? true : undefined), 5000, 'the job folder removed');
  });

  it('does not keep a process alive, and leaves no files behind when it ends', () => {
    const script = `
      ${importBuiltSpawner()}
      const r = await run('echo', ['hello']);
      process.stdout.write(String(r.stdout));`;
    // Its own temp folder (other tests start shells of their own meanwhile): the shell's job folder is made there.
    const own = mkdtempSync(path.join(tmp, 'TMPDIR-'));
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, TMPDIR: own } });
    expect(r.stdout).toBe('hello\n');
    expect(r.status, r.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(readdirSync(own)).toEqual([]);
  });
});
