import path from 'node:path';
import os from 'node:os';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { addTranscriptText, costLine, costOf, emptyUsage, formatCost, priceFor, summarize, sumSummaries } from '../src/core/usage.js';
import { DEFAULT_PRICING } from '../src/config/schema.js';
import { readWorkerUsage } from '../src/state/usage-cache.js';

const fixture = (f: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', 'transcripts', f), 'utf8');
// The CLI's own reckoning, written into the transcript at exit.
const cliCost = (text: string) => Number(/"totalCostUSD":([0-9.]+)/.exec(text)![1]);

describe('usage from real transcripts (Claude Code 2.1.330 against the scripted model)', () => {
  it('counts each answer once although the CLI writes one line per content block, and prices it like the CLI', () => {
    const text = fixture('v2.1.330-bash-tool-turn.jsonl');
    const u = addTranscriptText(emptyUsage(), text);
    expect(u.turns).toBe(2);
    expect(u.models).toEqual({ 'claude-opus-5-5': { input: 6, output: 49, cacheRead: 24879, cacheWrite: 2808 } });
    const s = summarize(u, DEFAULT_PRICING);
    expect(s.usd).toBeCloseTo(cliCost(text), 9);
    expect(s.tokens.total).toBe(6 + 49 + 24879 + 2808);
    expect(s.wallMs).toBeGreaterThan(0);
  });

  it('a failed request (429, <synthetic> answer) is neither a turn nor tokens', () => {
    const u = addTranscriptText(emptyUsage(), fixture('v2.1.330-api-429-gave-up.jsonl'));
    expect(u.turns).toBe(0);
    expect(summarize(u, DEFAULT_PRICING)).toMatchObject({ usd: 0, tokens: { total: 0 } });
  });

  it('gives the same totals fed line by line as fed whole (incremental reading)', () => {
    const text = fixture('v2.1.330-bash-tool-turn.jsonl');
    const acc = emptyUsage();
    for (const line of text.split('\n')) addTranscriptText(acc, `${line}\n`);
    expect(acc.models).toEqual(addTranscriptText(emptyUsage(), text).models);
  });
});

describe('prices', () => {
  it.each([
    ['claude-opus-5-5', 4],
    ['claude-opus-4-8[1m]', 5],
    ['claude-opus-4-1-20250805', 15],
    ['claude-opus-4-20250514', 15],
    ['claude-sonnet-4-5-20250929', 3],
    ['claude-haiku-4-5-20251001', 1],
  ])('%s costs $%d per million input tokens', (model, input) => {
    expect(priceFor(model, DEFAULT_PRICING)?.input).toBe(input);
  });

  it('a model without a price makes the cost unknown, never 0', () => {
    const models = { 'claude-opus-5-5': { input: 1, output: 1, cacheRead: 0, cacheWrite: 0 }, 'gpt-x': { input: 10, output: 0, cacheRead: 0, cacheWrite: 0 } };
    expect(costOf(models, DEFAULT_PRICING)).toBeNull();
    expect(formatCost(null)).toBe('unknown');
    const s = summarize({ models, turns: 2 }, DEFAULT_PRICING);
    expect(s.unpricedModels).toEqual(['gpt-x']);
    expect(costLine(s)).toMatch(/^unknown · 12 tok · 2 turns/);
    // An override in the config prices it.
    expect(costOf(models, { ...DEFAULT_PRICING, 'gpt-x': { input: 1, output: 1, cacheRead: 0, cacheWrite: 0 } })).toBeCloseTo((4 + 20 + 10) / 1e6, 12);
  });

  it('batch totals add tokens and costs; one unknown member makes the batch unknown', () => {
    const one = summarize({ models: { 'claude-opus-5-5': { input: 1e6, output: 0, cacheRead: 0, cacheWrite: 0 } }, turns: 1 }, DEFAULT_PRICING);
    const two = sumSummaries([one, one]);
    expect(two).toMatchObject({ usd: 8, turns: 2, tokens: { input: 2e6, total: 2e6 } });
    const unknown = summarize({ models: { mystery: { input: 1, output: 0, cacheRead: 0, cacheWrite: 0 } }, turns: 1 }, DEFAULT_PRICING);
    expect(sumSummaries([one, unknown]).usd).toBeNull();
  });
});

describe('readWorkerUsage: incremental, cached by size and mtime', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orch-usage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads only what was appended, and recounts when a transcript was rewritten', () => {
    const transcript = path.join(dir, 't.jsonl');
    const events = path.join(dir, 'w.jsonl');
    const lines = fixture('v2.1.330-bash-tool-turn.jsonl').split('\n').filter(Boolean);
    const half = lines.findIndex((l) => l.includes('"tool_result"'));
    writeFileSync(transcript, `${lines.slice(0, half).join('\n')}\n${lines[half]!.slice(0, 20)}`); // a line still being written
    writeFileSync(events, `${JSON.stringify({ at: new Date().toISOString(), event: 'SessionStart', transcript })}\n`);
    expect(readWorkerUsage(dir, 'w', events).turns).toBe(1);
    expect(readWorkerUsage(dir, 'w', events).turns).toBe(1); // nothing new: same answer from the cache
    writeFileSync(transcript, `${lines.join('\n')}\n`);
    expect(readWorkerUsage(dir, 'w', events).turns).toBe(2);
    writeFileSync(transcript, `${lines.slice(0, half).join('\n')}\n`); // shrank: rewritten
    expect(readWorkerUsage(dir, 'w', events).turns).toBe(1);
    appendFileSync(events, `${JSON.stringify({ at: new Date().toISOString(), event: 'Stop', transcript: path.join(dir, 'missing.jsonl') })}\n`);
    expect(readWorkerUsage(dir, 'w', events).turns).toBe(1);
  });

  it('a new worker under a reused name does not inherit the old one\'s usage', () => {
    const transcript = path.join(dir, 'old.jsonl');
    const events = path.join(dir, 'r.jsonl');
    writeFileSync(transcript, fixture('v2.1.330-bash-tool-turn.jsonl'));
    writeFileSync(events, `${JSON.stringify({ at: new Date().toISOString(), event: 'Stop', transcript })}\n`);
    expect(readWorkerUsage(dir, 'r', events, '2026-11-27T10:00:00.000Z').turns).toBe(2);
    writeFileSync(events, `${JSON.stringify({ at: new Date().toISOString(), event: 'SessionStart' })}\n`.repeat(3)); // the new worker's, longer
    expect(readWorkerUsage(dir, 'r', events, '2026-11-27T11:00:00.000Z').turns).toBe(0);
  });
});
