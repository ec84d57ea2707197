import { describe, expect, it } from 'vitest';
import { candidatePorts, portOffset, preferredPort, substitutePorts } from '../src/core/ports.js';
import { parseProcNetTcp } from '../src/adapters/ports.js';
import { parseStat } from '../src/adapters/processes.js';

describe('portOffset (the seed hash: hash*31 + char mod 1e6; hash mod 49 + 1)', () => {
  it.each([
    ['', 1], // hash 0
    ['a', 49], // 97 % 49 = 48
    ['b', 1], // 98 % 49 = 0
    ['ab', 19], // 97*31 + 98 = 3105; 3105 % 49 = 18
    ['add-login', portOffsetByHand('add-login')],
    ['fix-12-a-very-long-issue-title-that-goes-on-and-on', portOffsetByHand('fix-12-a-very-long-issue-title-that-goes-on-and-on')],
  ])('%s -> %i', (name, offset) => {
    expect(portOffset(name)).toBe(offset);
  });

  it('stays within 1..49 for many names', () => {
    for (let i = 0; i < 2000; i++) {
      const o = portOffset(`worker-${i}`);
      expect(o).toBeGreaterThanOrEqual(1);
      expect(o).toBeLessThanOrEqual(49);
    }
  });
});

/** An independent transcription of the seed's PowerShell loop, in BigInt so no float rounding can hide a bug. */
function portOffsetByHand(name: string): number {
  let h = 0n;
  for (const ch of name) h = (h * 31n + BigInt(ch.charCodeAt(0))) % 1_000_000n;
  return Number(h % 49n) + 1;
}

describe('preferredPort and the reserved block', () => {
  it('gives the main checkout the base port and a worktree base + offset', () => {
    expect(preferredPort(3000, undefined)).toBe(3000);
    expect(preferredPort(3000, 'a')).toBe(3049);
  });

  it.each([
    [3000, 3010, 3011, 3009],
    [3000, 3049, 3001, 3048],
    [3000, 3001, 3002, 3049],
  ])('base %i from %i tries %i first and %i last, never the base or the preferred port', (base, preferred, first, last) => {
    const c = candidatePorts(base, preferred);
    expect(c).toHaveLength(48);
    expect(c[0]).toBe(first);
    expect(c[c.length - 1]).toBe(last);
    expect(c).not.toContain(base);
    expect(c).not.toContain(preferred);
  });
});

describe('substitutePorts', () => {
  it.each([
    [['next', 'dev', '-p', '{port}'], ['next', 'dev', '-p', '3012']],
    [['x', '--api=http://localhost:{backendPort}', '{port}{port}'], ['x', '--api=http://localhost:8012', '30123012']],
    [['echo', '$(rm -rf /)', '{nope}'], ['echo', '$(rm -rf /)', '{nope}']],
  ])('%j -> %j', (args, out) => {
    expect(substitutePorts(args, { port: 3012, backendPort: 8012 })).toEqual(out);
  });
});

describe('parseProcNetTcp', () => {
  const text = [
    '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode',
    '   0: 0100007F:0BB8 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1 0000000000000000 100 0 0 10 0',
    '   1: 0100007F:0BB9 0100007F:A1B2 01 00000000:00000000 00:00000000 00000000  1000        0 4343 1 0000000000000000 100 0 0 10 0',
  ].join('\n');
  it('keeps LISTEN sockets only, with port, inode and uid', () => {
    expect(parseProcNetTcp(text)).toEqual([{ port: 3000, inode: '4242', uid: 1000 }]);
  });
});

describe('parseStat', () => {
  it('reads pgid, session and start time even when the command name has spaces and parentheses', () => {
    const line = '4321 (node (dev) x) S 100 4321 4321 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 7 0 987654 1000 10 18446744073709551615';
    expect(parseStat(line)).toMatchObject({ pid: 4321, ppid: 100, pgid: 4321, sid: 4321, state: 'S', startToken: '987654' });
  });
});
