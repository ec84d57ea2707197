import { z } from 'zod';
import { configSchema } from './schema.js';
import { EXAMPLES, FALLBACK_DESCRIPTIONS, RECORD_KEYS } from './doc-examples.js';

/**
 * reference/config.md, generated from the zod schema (through its JSON Schema) so the page cannot drift:
 * `npm run docs` writes it, and test/plugin-docs.test.ts fails when the committed page differs.
 */

type Json = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Json[];
  oneOf?: Json[];
  items?: Json;
  properties?: Record<string, Json>;
  additionalProperties?: Json | boolean;
  default?: unknown;
  description?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
};

export interface ConfigField { path: string; type: string; default: string; description: string; example: string }

const SAFE_MAX = Number.MAX_SAFE_INTEGER;

function typeOf(s: Json): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return [...new Set(variants.map(typeOf))].join(' \\| ');
  if (s.type === 'array') return `${s.items ? typeOf(s.items) : 'any'}[]`;
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object') return `{ name: ${typeOf(s.additionalProperties)} }`;
  if (s.type === 'string' && s.format === 'uri') return 'URL';
  if (s.type === 'integer' || s.type === 'number') {
    const lo = s.exclusiveMinimum !== undefined ? `> ${s.exclusiveMinimum}` : s.minimum !== undefined ? `${s.minimum}` : '';
    const hi = s.maximum !== undefined && s.maximum < SAFE_MAX ? `${s.maximum}` : '';
    return lo && hi ? `${s.type} ${lo}–${hi}` : lo ? `${s.type} ${lo.startsWith('>') ? lo : `≥ ${lo}`}` : s.type;
  }
  return s.type ?? 'any';
}

/** Rows for a field and everything below it; union variants and record values are walked too. */
function walk(path: string, s: Json, rows: Map<string, ConfigField>): void {
  const prev = rows.get(path);
  const row: ConfigField = {
    path,
    type: typeOf(s),
    default: s.default === undefined ? '' : JSON.stringify(s.default),
    description: s.description ?? FALLBACK_DESCRIPTIONS[path] ?? '',
    example: EXAMPLES[path] === undefined ? '' : JSON.stringify(EXAMPLES[path]),
  };
  // The same path in two variants (layout.type "root" / "monorepo-split"): one row, types joined.
  if (prev) {
    if (!prev.type.split(' \\| ').includes(row.type)) prev.type = `${prev.type} \\| ${row.type}`;
    prev.description ||= row.description;
  } else rows.set(path, row);
  for (const v of s.anyOf ?? s.oneOf ?? []) {
    if (v.type === 'object' && v.properties) walkObject(path, v, rows);
  }
  if (s.type === 'object' && s.properties) walkObject(path, s, rows);
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object' && s.additionalProperties.properties) {
    walkObject(`${path}.${RECORD_KEYS[path] ?? '<name>'}`, s.additionalProperties, rows);
  }
  if (s.type === 'array' && s.items?.properties) walkObject(`${path}[]`, s.items, rows);
}

function walkObject(prefix: string, s: Json, rows: Map<string, ConfigField>): void {
  for (const [k, v] of Object.entries(s.properties ?? {})) walk(prefix ? `${prefix}.${k}` : k, v, rows);
}

/** Every field of the session config, parents before children, in schema order. */
export function configFields(schema: z.ZodType = configSchema): ConfigField[] {
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  const rows = new Map<string, ConfigField>();
  walkObject('', js, rows);
  return [...rows.values()];
}

// Placeholders like <repo> would be read as HTML tags by markdown renderers: show them as code.
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const prose = (s: string) => cell(s).replace(/<[a-z-]+>/g, (m) => `\`${m}\``);
const code = (s: string) => (s ? `\`${s.replace(/`/g, "'")}\`` : '');

export function renderConfigDoc(schema: z.ZodType = configSchema): string {
  const fields = configFields(schema);
  const table = fields.map((f) => `| \`${f.path}\` | ${f.type} | ${code(f.default)} | ${prose(f.description)} | ${cell(code(f.example))} |`);
  return `${[
    '# Session config reference: `.claude/session-plugin.json`',
    '',
    '<!-- Generated from src/config/schema.ts by `npm run docs` (scripts/gen-config-doc.mjs). Do not edit by hand: test/plugin-docs.test.ts fails when this page and the schema differ. -->',
    '',
    'orch reads one JSON file per repository. It is found by walking up from the current directory to',
    '`.claude/session-plugin.json`; `--config <file>` or the `ORCH_CONFIG` environment variable name another file.',
    'Configs written for the original claude-session-orchestrator plugin load unchanged. Every problem is reported',
    'at once with its JSON path, the value found and what is expected (exit code 2); unknown fields are a warning',
    'with a did-you-mean suggestion.',
    '',
    '```sh',
    'orch init                 # writes it from what the repository shows',
    'orch config               # the resolved config, defaults filled in, and where it was found',
    'orch config --json',
    'orch doctor               # checks what the config points at',
    '```',
    '',
    'A minimal config for a repository with a GitHub remote:',
    '',
    '```json',
    '{',
    '  "projectName": "shop",',
    '  "githubRepo": "acme/shop",',
    '  "defaultBranch": "main",',
    '  "layout": { "type": "root", "envFiles": [".env"], "nodeModules": "node_modules", "testCmd": "npm test" }',
    '}',
    '```',
    '',
    '## Fields',
    '',
    `${fields.length} fields. A path like \`layout.parts[].name\` is a field of each element of an array; \`teams.<team>.agents\` a field of each entry of an object keyed by name.`,
    '',
    '| Field | Type | Default | Description | Example |',
    '|---|---|---|---|---|',
    ...table,
    '',
    '## Environment variables',
    '',
    '| Variable | Effect |',
    '|---|---|',
    '| `ORCH_CONFIG` | Config file to use (like `--config`). |',
    '| `ORCH_MUX_SOCKET` | tmux socket name; wins over `muxSocket`. |',
    '| `GITHUB_TOKEN`, `GH_TOKEN` | GitHub token, in this order; else `gh auth token`. Never printed. |',
    '| `NO_COLOR` | Plain dashboard output. |',
    '',
  ].join('\n')}`;
}
