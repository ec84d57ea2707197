// listWindows() says "no windows" only when tmux says there is no server or no session, and never hides another
// failure (a teardown or the queue would act on "no windows"). A server caught while it exits is asked once more.
import os from 'node:os';
import path from 'node:path';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { TmuxMux } from '../src/adapters/tmux.js';
import { OrchError } from '../src/errors.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-tmux-list-'));
const socket = `orch-tl-${process.pid}`;
afterAll(async () => {
  await execa('tmux', ['-L', socket, 'kill-server'], { reject: false });
  rmSync(dir, { recursive: true, force: true });
});

/** A tmux whose answers are given, one per call (the last one repeats), and which counts its calls. */
function scriptedTmux(answers: Array<{ stderr: string; code: number }>): { bin: string; calls: () => Promise<number> } {
  const count = path.join(dir, `calls-${Math.random().toString(36).slice(2)}`);
  writeFileSync(count, '');
  const bin = path.join(dir, `tmux-${Math.random().toString(36).slice(2)}`);
  const cases = answers.map((a, i) => `  ${i === answers.length - 1 ? '*' : String(i + 1)}) echo '${a.stderr}' >&2; exit ${a.code} ;;`).join('\n');
  writeFileSync(bin, `#!/bin/sh\necho x >> '${count}'\nn=$(wc -l < '${count}' | tr -d ' ')\ncase $n in\n${cases}\nesac\n`);
  chmodSync(bin, 0o755);
  return { bin, calls: async () => (await execa('wc', ['-l', count])).stdout.trim().split(/\s+/).map(Number)[0]! };
}

describe('TmuxMux.listWindows', () => {
  it('a real server with no session left (tmux: "no current target") has no windows', async () => {
    await execa('tmux', ['-L', socket, '-f', '/dev/null', 'start-server', ';', 'set', '-g', 'exit-empty', 'off']);
    const direct = await execa('tmux', ['-L', socket, 'list-windows', '-a'], { reject: false });
    expect(direct.stderr).toMatch(/no current target/);
    expect(await new TmuxMux('tmux', socket).listWindows()).toEqual([]);
  });

  it('a server caught while it exits is asked once more: gone then, so no windows', async () => {
    const t = scriptedTmux([{ stderr: 'server exited unexpectedly', code: 1 }, { stderr: 'no server running on /tmp/tmux-0/x', code: 1 }]);
    expect(await new TmuxMux(t.bin, socket).listWindows()).toEqual([]);
    expect(await t.calls()).toBe(2);
  });

  it('any other failure is an error, never "no windows"', async () => {
    const t = scriptedTmux([{ stderr: 'open terminal failed: permission denied', code: 1 }]);
    await expect(new TmuxMux(t.bin, socket).listWindows()).rejects.toThrow(OrchError);
    await expect(new TmuxMux(t.bin, socket).listWindows()).rejects.toThrow(/list-windows failed: open terminal failed: permission denied/);
  });
});
