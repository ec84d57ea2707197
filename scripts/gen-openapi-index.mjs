#!/usr/bin/env node
// Generates test/support/openapi-index.json: a compact index of the operations in GitHub's
// official OpenAPI description (api.github.com) that the test GitHub emulator checks every
// request against (test/support/github-emulator.ts).
//
// How to regenerate (the @octokit/openapi package is NOT a dependency of this project; it is
// ~28 MB packed, so it is only fetched into /tmp for reading):
//
//   node scripts/gen-openapi-index.mjs                      # npm-packs @octokit/openapi into a temp dir
//   node scripts/gen-openapi-index.mjs --version 23.0.2     # a specific version
//   node scripts/gen-openapi-index.mjs /path/to/api.github.com.json   # an already-extracted file
//
// By default the version is the one devDependency @octokit/openapi-types was generated from
// (its package.json, "octokit"."openapi-version"), so the index and the response types agree.
// Regenerate after bumping @octokit/openapi-types, and commit test/support/openapi-index.json.
//
// Kept: operations on /repos/{owner}/{repo} and below, /user, /rate_limit, /search/issues.
// Per operation: method, path template, operationId, and what the request must carry:
//   body:  true when the description marks the request body required
//   req:   required top-level JSON body fields
//   alt:   alternatives (from oneOf/anyOf) of which the body must match at least one:
//          [{ type: 'object'|'array'|..., req?: [...] }]
//   query: required query parameters
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test/support/openapi-index.json');

const args = process.argv.slice(2);
let version;
try {
  const types = JSON.parse(readFileSync(join(root, 'node_modules/@octokit/openapi-types/package.json'), 'utf8'));
  version = types.octokit?.['openapi-version'];
} catch {
  // not installed: fall back below
}
version ??= '23';
let file;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--version') version = args[++i];
  else file = args[i];
}

let source;
if (!file) {
  const dir = mkdtempSync(join(tmpdir(), 'octokit-openapi-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  execFileSync('npm', ['pack', '--silent', `@octokit/openapi@${version}`, '--pack-destination', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error(`npm pack produced no tarball in ${dir}`);
  execFileSync('tar', ['xzf', join(dir, tgz), '-C', dir, 'package/package.json', 'package/generated/api.github.com.json']);
  file = join(dir, 'package/generated/api.github.com.json');
  const pkg = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8'));
  source = `${pkg.name}@${pkg.version} generated/api.github.com.json`;
}
const spec = JSON.parse(readFileSync(file, 'utf8'));
source ??= file.split('/').slice(-3).join('/');

const keep = (p) =>
  p === '/repos/{owner}/{repo}' || p.startsWith('/repos/{owner}/{repo}/') || p === '/user' || p === '/rate_limit' || p === '/search/issues';

function deref(obj) {
  let o = obj;
  for (let depth = 0; o && o.$ref && depth < 20; depth++) {
    const parts = o.$ref.replace(/^#\//, '').split('/');
    o = parts.reduce((acc, k) => acc?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return o;
}

/** @returns {{ type?: string, req: string[], alt?: Array<{ type?: string, req?: string[] }> }} */
function summarize(schemaIn) {
  const schema = deref(schemaIn) ?? {};
  const req = new Set(schema.required ?? []);
  let type = schema.type;
  let alt;
  for (const part of schema.allOf ?? []) {
    const s = summarize(part);
    s.req.forEach((r) => req.add(r));
    type ??= s.type;
    if (s.alt) alt = s.alt;
  }
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) {
    alt = choices.map((c) => {
      const s = summarize(c);
      const a = { type: s.type ?? (s.req.length ? 'object' : undefined) };
      if (s.req.length) a.req = s.req;
      return a;
    });
    // An alternative without type and without required fields accepts anything: no constraint.
    if (alt.some((a) => !a.type && !a.req)) alt = undefined;
  }
  return { type, req: [...req], alt };
}

const methods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];
const operations = [];
for (const [path, itemIn] of Object.entries(spec.paths)) {
  if (!keep(path)) continue;
  const item = deref(itemIn);
  for (const m of methods) {
    const op = item[m];
    if (!op) continue;
    const entry = { method: m.toUpperCase(), path, operationId: op.operationId };
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
    const query = params.filter((p) => p.in === 'query' && p.required).map((p) => p.name);
    if (query.length) entry.query = query;
    const rb = deref(op.requestBody);
    if (rb) {
      if (rb.required) entry.body = true;
      const schema = rb.content?.['application/json']?.schema;
      if (schema) {
        const s = summarize(schema);
        if (s.req.length) entry.req = s.req;
        if (s.alt) entry.alt = s.alt;
      }
    }
    operations.push(entry);
  }
}
operations.sort((a, b) => (a.path === b.path ? methods.indexOf(a.method.toLowerCase()) - methods.indexOf(b.method.toLowerCase()) : a.path < b.path ? -1 : 1));

// One operation per line: small, and reviewable as a diff when regenerated.
const text =
  '{\n' +
  `  "source": ${JSON.stringify(source)},\n` +
  `  "openapiVersion": ${JSON.stringify(spec.info?.version ?? null)},\n` +
  '  "operations": [\n' +
  operations.map((o) => '    ' + JSON.stringify(o)).join(',\n') +
  '\n  ]\n}\n';
writeFileSync(out, text);
console.log(`wrote ${operations.length} operations (${text.length} bytes) to ${out}`);
