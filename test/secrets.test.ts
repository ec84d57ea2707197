import { describe, expect, it } from 'vitest';
import { envFileValues, secretPaths, secretReason } from '../src/core/secrets.js';
import { redact } from '../src/errors.js';

describe('what looks like a secret (orch finish never commits it)', () => {
  it.each([
    ['.env', 'an env file'],
    ['.env.local', 'an env file'],
    ['web/.env.production', 'an env file'],
    ['.envrc', 'an env file'],
    ['.ENV', 'an env file'],
    ['certs/server.pem', 'a PEM key or certificate'],
    ['tls/private.KEY', 'a private key'],
    ['id_rsa', 'an SSH private key'],
    ['home/.ssh/id_ed25519', 'an SSH private key'],
    ['id_rsa.bak', 'an SSH private key'],
    ['.env.example', undefined],
    ['api/.env.sample', undefined],
    ['.env.template', undefined],
    ['id_rsa.pub', undefined],
    ['id_ed25519.pub', undefined],
    ['src/env.ts', undefined],
    ['docs/.environment.md', 'an env file'],
    ['keyboard.ts', undefined],
    ['src/monkey.keys', undefined],
    ['README.md', undefined],
    ['.npmrc', undefined], // the name alone does not tell
  ])('%s -> %s', (p, why) => {
    expect(secretReason(p)).toBe(why);
  });

  it.each([
    ['//registry.npmjs.org/:_authToken=npm_abcdef123456\n', 'an .npmrc with an _authToken'],
    ['//npm.pkg.github.com/:_authToken = ${NPM_TOKEN}\n', 'an .npmrc with an _authToken'],
    ['save-exact=true\nengine-strict=true\n', undefined],
  ])('.npmrc with %j -> %s', (content, why) => {
    expect(secretReason('.npmrc', content)).toBe(why);
    expect(secretReason('packages/app/.npmrc', content)).toBe(why);
  });

  it('a path listed in layout.envFiles is refused whatever its name; content is read only for .npmrc', () => {
    const read: string[] = [];
    const hits = secretPaths(['config/local.json', './src/a.ts', '.npmrc', 'b.pem', '.env.example'], ['config/local.json'], (p) => {
      read.push(p);
      return '_authToken=x';
    });
    expect(hits).toEqual([
      { path: 'config/local.json', why: 'listed in layout.envFiles' },
      { path: '.npmrc', why: 'an .npmrc with an _authToken' },
      { path: 'b.pem', why: 'a PEM key or certificate' },
    ]);
    expect(read).toEqual(['.npmrc']);
  });
});

describe('env file values are kept out of output', () => {
  it.each([
    ['API_KEY=sk-live-0123456789', ['sk-live-0123456789']],
    ['export DB_PASSWORD="hunter2 with spaces"', ['hunter2 with spaces']],
    ["SECRET='s3cr3t-value' # note", ['s3cr3t-value']],
    ['TOKEN=abcdef123 # trailing comment', ['abcdef123']],
    ['export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG', ['wJalrXUtnFEMI/K7MDENG']],
    ['PORT=3000\nDEBUG=true\nNODE_ENV=production\nHOST=localhost\nAPI=http://localhost:8080/', []],
    ['SHORT=abc\n# COMMENT=not-a-value-at-all\n\nnot a line', []],
    ['SLACK_WEBHOOK=https://hooks.example.com/services/T000/B000/XXXX', ['https://hooks.example.com/services/T000/B000/XXXX']],
    ['DATABASE_URL=postgres://app:pa55word@db:5432/app', ['postgres://app:pa55word@db:5432/app']],
    ['STRIPE_PUBLISHABLE=pk_live_51H8xYzAbC123dEf', ['pk_live_51H8xYzAbC123dEf']],
    // Not secrets: redacting them would turn paths and URLs in ordinary output into ***.
    ['APP_NAME=myshop\nAPI_URL=https://api.example.com/v2\nDATA_DIR=/var/lib/myshop-2024/data\nREGION=eu-west-1', []],
  ])('%j -> %j', (text, values) => {
    expect(envFileValues(text)).toEqual(values);
  });

  it('redact() replaces the longer of two overlapping values whole', () => {
    expect(redact('key=abcdef-ghijkl and abcdef-x', ['abcdef', 'abcdef-ghijkl'])).toBe('key=*** and ***-x');
  });
});
