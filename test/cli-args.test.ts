import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration, workerNameArg } from '../src/cli/common.js';
import { branchForName } from '../src/core/naming.js';
import { unreachableCode } from '../src/adapters/github.js';
import { UsageError } from '../src/errors.js';

describe('durations need a unit and a sane minimum', () => {
  it.each<[string, number, number]>([
    ['30s', 1, 30_000],
    ['5m', 1, 300_000],
    ['1h', 1, 3_600_000],
    ['500ms', 1, 500],
    ['1.5m', 1, 90_000],
    ['0s', 0, 0],
  ])('%s (min %ims) is %ims', (v, min, ms) => {
    expect(parseDuration(v, '--x', min)).toBe(ms);
  });

  it.each<[string, number, RegExp]>([
    ['30', 1, /--x expects a duration with a unit like 30s, 5m or 1h, got "30" \(a bare number has no unit\)/],
    ['0', 0, /a bare number has no unit/],
    ['0s', 1, /--x must be at least 1ms, got "0s"/],
    ['10s', 60_000, /--x must be at least 1m, got "10s"/],
    ['soon', 1, /--x expects a duration/],
    ['-5s', 1, /--x expects a duration/],
  ])('%s (min %ims) is a usage error', (v, min, message) => {
    expect(() => parseDuration(v, '--x', min)).toThrow(UsageError);
    expect(() => parseDuration(v, '--x', min)).toThrow(message);
  });

  it.each([[30_000, '30s'], [300_000, '5m'], [3_600_000, '1h'], [500, '500ms'], [90_000, '90s']])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('one worker-name validator for every command that takes a name', () => {
  it.each(['../../etc', '/etc/passwd', 'A', 'a b', '-x', 'x-', 'a--b', '', `a${'b'.repeat(45)}`])('%j is refused', (name) => {
    expect(() => workerNameArg(name)).toThrow(UsageError);
  });
  it.each(['add-login', 'fix-12-crash', 'x1'])('%j passes', (name) => {
    expect(workerNameArg(name)).toBe(name);
  });
});

describe('the branch a name had', () => {
  it.each([['add-login', 'feature/add-login'], ['fix-12-crash-on-save', 'fix/12-crash-on-save'], ['fix-login', 'feature/fix-login']])('%s -> %s', (name, branch) => {
    expect(branchForName(name)).toBe(branch);
  });
});

describe('a request that never reached GitHub', () => {
  const fetchFailure = (code: string, message: string) => Object.assign(new Error(message), { status: 500, cause: Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(message), { code }) }) });
  it.each([
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'],
    ['ENOTFOUND', 'getaddrinfo ENOTFOUND api.github.invalid'],
    ['UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error'],
  ])('%s is a connection failure', (code, message) => {
    expect(unreachableCode(fetchFailure(code, message))).toBe(code);
  });
  it('an answer from GitHub (a real 500) is not', () => {
    expect(unreachableCode(Object.assign(new Error('Server Error'), { status: 500, response: { status: 500 } }))).toBeUndefined();
  });
});
