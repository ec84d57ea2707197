import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSshd, type SshServer } from '../test/support/sshd.js';

describe('the test sshd', () => {
  let s: SshServer;
  beforeAll(async () => {
    s = await startSshd();
  });
  afterAll(async () => {
    await s?.stop();
  });
  it('serves a separate remote home', async () => {
    const r = await s.exec('printf "%s %s" "$HOME" "$TMUX_TMPDIR"');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${s.remoteHome} ${s.remoteHome}/tmux`);
  });
});
