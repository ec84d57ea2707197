import { describe, expect, it } from 'vitest';
import { budgetText, readBudget, wrapUpPrompt } from '../src/core/budget.js';
import { summarize } from '../src/core/usage.js';
import { DEFAULT_PRICING } from '../src/config/schema.js';

const usage = (turns: number, input: number, model = 'claude-opus-5-5', wallMin = 0) =>
  summarize({ models: { [model]: { input, output: 0, cacheRead: 0, cacheWrite: 0 } }, turns, firstAt: '2026-11-27T10:00:00.000Z', lastAt: new Date(Date.parse('2026-11-27T10:00:00.000Z') + wallMin * 60_000).toISOString() }, DEFAULT_PRICING);

describe('readBudget', () => {
  it.each([
    ['no budget', usage(10, 1000), {}, 'ok', undefined],
    ['below the warning', usage(3, 1000), { turns: 10 }, 'ok', 'turns'],
    ['at the warning', usage(8, 1000), { turns: 10 }, 'warn', 'turns'],
    ['over', usage(10, 1000), { turns: 10 }, 'over', 'turns'],
    ['the most used dimension decides', usage(2, 900_000), { turns: 10, tokens: 1_000_000 }, 'warn', 'tokens'],
    ['cost: $4 of $5', usage(1, 1_000_000), { costUsd: 5 }, 'warn', 'costUsd'],
    ['wall time', usage(1, 1, 'claude-opus-5-5', 61), { wallMin: 60 }, 'over', 'wallMin'],
    ['an unknown cost never reaches a cost budget', usage(1, 1e9, 'mystery'), { costUsd: 0.01 }, 'ok', undefined],
  ] as const)('%s', (_l, u, limits, level, dimension) => {
    const r = readBudget(u, limits, 0.8);
    expect(r.level).toBe(level);
    expect(r.dimension).toBe(dimension);
  });

  it('says what is used and tells the worker to wrap up', () => {
    const r = readBudget(usage(8, 1000), { turns: 10 }, 0.8);
    expect(budgetText(r, 'worker')).toBe('worker budget turns: 8 turns of 10 turns (80%)');
    expect(wrapUpPrompt(r, 'worker', 'orch', 'fix-12')).toBe('Budget: you have used 80% of your worker budget (worker budget turns: 8 turns of 10 turns (80%)). Wrap up now: commit your work, run the tests, then `orch finish fix-12`. Do not start anything new.');
  });
});

describe('a turn ended by Escape (how a budget stop ends it)', () => {
  it('reads as idle from the screen, although no Stop hook came after the last tool call', async () => {
    const { readFileSync } = await import('node:fs');
    const { classifyScreen } = await import('../src/core/screens.js');
    const { deriveState } = await import('../src/core/worker-state.js');
    const screen = classifyScreen(readFileSync(new URL('./fixtures/claude-screens/v2.1.330-17-esc-interrupted-tool.txt', import.meta.url), 'utf8'));
    const now = Date.parse('2026-11-27T10:00:10Z');
    const events = [{ at: '2026-11-27T10:00:00.000Z', event: 'UserPromptSubmit' }, { at: '2026-11-27T10:00:01.000Z', event: 'PreToolUse', tool: 'Bash', summary: 'make build' }];
    const base = { now, events, window: { exists: true, dead: false }, stuckAfterMs: 600_000 };
    expect(deriveState({ ...base, screen })).toEqual({ state: 'idle', reason: 'interrupted (Escape); waiting at its prompt' });
    expect(deriveState(base).state).toBe('working');
  });
});
