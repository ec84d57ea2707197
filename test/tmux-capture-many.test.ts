import path from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { TmuxMux } from '../src/adapters/tmux.js';
import { waitFor } from './support/project.js';

// captureMany() reads every screen in one tmux call; each screen must be exactly what capture() returns for it.
const socket = `orch-cm-${process.pid}`;
const mux = new TmuxMux('tmux', socket);
const session = 'cm';
const names = ['one', 'two', 'three'];

beforeAll(async () => {
  for (const [i, name] of names.entries()) {
    // Different content per window, blank lines included, and a line that looks like tmux output.
    const script = `printf 'window ${name}\\n\\nline %s of it\\n' ${i}; printf '%s\\n' "$(printf 'x%.0s' $(seq 1 ${10 + i}))"; exec sleep 600`;
    await mux.newWindow({ session, name, cwd: '/tmp', command: ['sh', '-c', script], env: {}, unsetEnv: [] });
  }
  await waitFor(async () => (await Promise.all(names.map((n) => mux.capture(session, n)))).every((s, i) => s.includes('x'.repeat(10 + i))), 10_000, 'the windows to print');
});

afterAll(async () => {
  await execa('tmux', ['-L', socket, 'kill-server'], { reject: false });
  rmSync(path.join(`/tmp/tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
});

describe('TmuxMux.captureMany', () => {
  it('gives each window what capture() gives it, in order', async () => {
    const one = await Promise.all(names.map((n) => mux.capture(session, n)));
    const many = await mux.captureMany(names.map((name) => ({ session, name })));
    expect(many).toEqual(one);
    expect(many[1]).toContain('window two');
  });

  it('stops at a window that is gone: the screens before it are complete, the rest undefined', async () => {
    const many = await mux.captureMany([{ session, name: 'one' }, { session, name: 'no-such-window' }, { session, name: 'three' }]);
    expect(many[0]).toBe(await mux.capture(session, 'one'));
    expect(many.slice(1)).toEqual([undefined, undefined]);
  });
});

describe('TmuxMux.windowAndScreen', () => {
  it('gives what findWindow and capture give, in one call; a window that is gone is undefined with no screen', async () => {
    for (const name of names) {
      const both = await mux.windowAndScreen(session, name);
      expect(both.window).toEqual(await mux.findWindow(session, name));
      expect(both.screen).toBe(await mux.capture(session, name));
    }
    expect(await mux.windowAndScreen(session, 'no-such-window')).toEqual({ window: undefined, screen: '' });
    expect(await new TmuxMux('tmux', `${socket}-none`).windowAndScreen(session, 'one')).toEqual({ window: undefined, screen: '' });
  });
});
