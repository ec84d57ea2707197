import { describe, expect, it } from 'vitest';
import { issueBranch, issueWorkerName, nameProblem, slugify, sessionNameFor } from '../src/core/naming.js';
import { parseGithubRepo } from '../src/core/remote.js';

describe('slugify (untrusted issue titles)', () => {
  it.each([
    ['Fix the login bug', 'fix-the-login-bug'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['Ünïcödé tïtle 日本語', 'n-c-d-t-tle'],
    ['🔥🔥 emoji only 🔥', 'emoji-only'],
    ['$%^&*()', 'task'],
    ['', 'task'],
    ['$(rm -rf ~) and `touch /tmp/pwned`', 'rm-rf-and-touch-tmp-pwned'],
    ['a'.repeat(200), 'a'.repeat(40)],
    [`${'word '.repeat(7)}x`, 'word-word-word-word-word-word-word-x'],
    ['abcdefghij abcdefghij abcdefghij abcdef xyz', 'abcdefghij-abcdefghij-abcdefghij-abcdef'],
  ])('%j -> %s', (title, slug) => {
    const s = slugify(title);
    expect(s).toBe(slug);
    expect(s.length).toBeLessThanOrEqual(40);
    expect(s).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
  });

  it('issue names and branches follow the fix-<n>-<slug> rule and pass the name check', () => {
    expect(issueWorkerName(12, 'Crash on `save`; $(whoami)')).toBe('fix-12-crash-on-save-whoami');
    expect(issueBranch(12, 'Crash on `save`')).toBe('fix/12-crash-on-save');
    expect(nameProblem(issueWorkerName(99999, 'x'.repeat(300)))).toBeUndefined();
  });
});

describe('worker names', () => {
  it.each(['add-login', 'a', 'x1', 'fix-510-x'])('accepts %s', (n) => expect(nameProblem(n)).toBeUndefined());
  it.each(['Add-Login', '-x', 'x-', 'a b', 'a/b', 'a_b', '', 'a'.repeat(41), 'a--b', 'x;rm'])('rejects %j with the rule', (n) => {
    const p = nameProblem(n);
    expect(p).toBeDefined();
    if (n) expect(p).toMatch(/lowercase a-z, 0-9 and "-"|too long|contains "--"/);
  });
  it('session names are the lowercased alphanumerics', () => expect(sessionNameFor('My Shop_2')).toBe('myshop2'));
});

describe('GitHub remotes', () => {
  it.each([
    ['https://github.com/acme/shop.git', 'acme/shop'],
    ['https://github.com/acme/shop', 'acme/shop'],
    ['https://user@github.com/acme/shop.git', 'acme/shop'],
    ['git@github.com:acme/shop.git', 'acme/shop'],
    ['ssh://git@github.com/acme/shop.git', 'acme/shop'],
    ['ssh://git@ghe.corp:2222/team/app.git', 'team/app'],
    ['/srv/git/shop.git', undefined],
  ])('%s', (url, want) => expect(parseGithubRepo(url)).toBe(want));
});
