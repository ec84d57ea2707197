import { describe, expect, it } from 'vitest';
import { GUARD_RULES, guardVerdict } from '../src/core/guard.js';
import { GUARD_CASES as TABLE, GUARD_CASE_CONFIG as cfg } from './support/guard-cases.js';

const ruleOf = (cmd: string) => guardVerdict(cmd, cfg)?.split(':')[0] ?? null;

describe('guardVerdict: real shell parsing, wrappers looked through', () => {
  it('has a table worth the name', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
    const rules = new Set(TABLE.map(([, r]) => r).filter(Boolean));
    expect([...rules].sort()).toEqual(Object.keys(GUARD_RULES).sort()); // every rule is exercised
  });

  it.each(TABLE)('%j -> %s', (cmd, rule) => {
    expect(ruleOf(cmd)).toBe(rule);
  });
});
