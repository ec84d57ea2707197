/**
 * Records real sessions for the `orch why` table tests (test/why.test.ts): the real Claude Code CLI, started by the
 * built orch against the scripted model, driven into each situation; then its hook events, transcript and screen are
 * written to test/fixtures/sessions/<scenario>.json. Re-run after a CLI upgrade:
 *   npm run build && npx esbuild test/support/record-sessions.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/record-sessions.mjs && node /tmp/record-sessions.mjs [scenario...]
 */
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { makeTestProject, waitFor, type TestProject } from './project.js';
import type { ModelScript } from '../../src/demo/scripted-model.js';

const OUT = path.join(process.cwd(), 'test', 'fixtures', 'sessions');
const eventsOf = (tp: TestProject, name: string): Array<Record<string, unknown>> => {
  try {
    return readFileSync(path.join(tp.repo, '.git', 'session-orchestrator', 'events', `${name}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  } catch {
    return [];
  }
};

interface Scenario {
  script: ModelScript;
  /** Default permission mode (a real prompt) instead of bypass. */
  ask?: boolean;
  env?: Record<string, string>;
  until: (events: Array<Record<string, unknown>>, screen: string) => boolean;
}

const fail = (n: number): ModelScript => (ctx) => (ctx.step < n ? { tool: 'Bash', input: { command: 'ls /no/such/dir', description: 'list the dir' } } : { text: 'I keep failing to list it.' });

const SCENARIOS: Record<string, Scenario> = {
  permission: {
    ask: true,
    script: (ctx) => (ctx.step === 0 ? { tool: 'Bash', input: { command: 'rm -rf build/cache', description: 'clear the cache' } } : { text: 'Cleared.' }),
    until: (_e, s) => s.includes('Do you want to proceed?'),
  },
  question: {
    script: () => ({ text: 'I looked at the schema.\n\nShould the new table live in Postgres or in SQLite?' }),
    until: (e) => e.some((x) => x.event === 'Stop'),
  },
  'no-finish': {
    script: (ctx) => (ctx.step === 0 ? { tool: 'Bash', input: { command: 'echo done > done.txt && git add done.txt && git commit -qm done', description: 'commit' } } : { text: 'I implemented and committed the change.' }),
    until: (e) => e.some((x) => x.event === 'Stop'),
  },
  'failing-loop': {
    script: fail(4),
    until: (e) => e.some((x) => x.event === 'Stop'),
  },
  'context-full': {
    // Usage near the context window makes the CLI itself compact (PreCompact trigger auto).
    script: (ctx) => (ctx.step === 0 ? { text: 'Reading everything.', usage: { cache_read_input_tokens: 990_000 } } : { text: 'Summary of the work so far.' }),
    // The CLI shows `auto-compact next` at the right of the box; it compacts when the next prompt comes.
    until: (e, s) => e.some((x) => x.event === 'Stop') && /auto-compact/i.test(s),
  },
  'api-error': {
    script: () => ({ error: { status: 500, type: 'api_error', message: 'Internal server error' } }),
    until: (_e, s) => s.includes('API Error'),
  },
  'rate-limited': {
    env: { CLAUDE_CODE_MAX_RETRIES: '1' },
    script: () => ({ error: { status: 429, type: 'rate_limit_error', message: "This request would exceed your account's rate limit. Please try again later.", retry: true } }),
    until: (e, s) => s.includes('API Error') && e.some((x) => x.event === 'StopFailure'),
  },
};

async function record(name: string, sc: Scenario): Promise<void> {
  const tp = await makeTestProject({ worker: 'claude', model: sc.script, trusted: true, ...(sc.env ? { workerEnv: sc.env } : {}) });
  try {
    if (sc.ask) {
      const cli = tp.raw.workerCli as Record<string, unknown>;
      tp.writeConfig({ ...tp.raw, workerCli: { ...cli, args: ['--permission-mode', 'default'], ready: { matchAny: ['? for shortcuts'] } } });
    }
    const r = await tp.orch(['start', 'w', '--task', `scenario ${name}`], { timeoutMs: 180_000 });
    if (r.code !== 0) throw new Error(r.stderr);
    let screen = '';
    await waitFor(async () => {
      screen = (await tp.tmux(['capture-pane', '-p', '-t', 'orchtest:w'])).stdout;
      return sc.until(eventsOf(tp, 'w'), screen);
    }, 240_000, name);
    await new Promise((r) => setTimeout(r, 1500)); // let the last hook lines land
    screen = (await tp.tmux(['capture-pane', '-p', '-t', 'orchtest:w'])).stdout;
    const events = eventsOf(tp, 'w');
    const t = [...events].reverse().find((e) => typeof e.transcript === 'string')?.transcript as string | undefined;
    // Only the conversation: the request blobs (system prompt, tool schemas) are most of the bytes and no evidence.
    const keep = (l: string) => {
      try {
        return ['user', 'assistant', 'system'].includes((JSON.parse(l) as { type?: string }).type ?? '');
      } catch {
        return false;
      }
    };
    const transcript = t ? readFileSync(t, 'utf8').split('\n').filter(keep).join('\n') : '';
    writeFileSync(path.join(OUT, `${name}.json`), `${JSON.stringify({ cli: 'claude-code 2.1.330', scenario: name, events, screen, transcript }, null, 1)}\n`);
    console.log(`${name}: ${events.length} events, transcript ${transcript.length} bytes`);
  } finally {
    await tp.cleanup();
  }
}

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SCENARIOS);
for (const n of names) await record(n, SCENARIOS[n]!).catch((e: Error) => console.error(`${n}: ${e.message}`));
