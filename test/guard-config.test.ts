import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../src/core/guard.js';

describe('guardVerdict: messages and config', () => {
  it('says what it could not resolve and what to do instead', () => {
    expect(guardVerdict('git push origin $BR')).toBe('push-unresolved: orch cannot tell which branch `$BR` names; spell the branch out.');
    expect(guardVerdict('git push origin "$(git branch --show-current)"')).toContain('`$(git branch --show-current)`');
    expect(guardVerdict('git push origin HEAD:main')).toContain('push your own branch');
    expect(guardVerdict('gh api graphql -F query=@q.graphql')).toContain("pass the query inline with -f query='...'");
  });

  it('the base comes from the config, main by default; protected names join it', () => {
    expect(guardVerdict('git push origin main')).toMatch(/^push-base:/);
    expect(guardVerdict('git push origin develop', { base: 'develop' })).toMatch(/^push-base:/);
    expect(guardVerdict('git push origin main', { base: 'develop' })).toBeUndefined();
    expect(guardVerdict('git push origin release')).toBeUndefined();
    expect(guardVerdict('git push origin release', { protected: ['release'] })).toMatch(/^push-base:/);
  });

  it('a disabled rule lets the command through, the others still apply; deny patterns add blocks', () => {
    expect(guardVerdict('pkill node', { disable: ['kill-by-name'] })).toBeUndefined();
    expect(guardVerdict('pkill node; gh pr merge 1', { disable: ['kill-by-name'] })).toMatch(/^merge-pr:/);
    expect(guardVerdict('git push origin $BR', { disable: ['push-unresolved'] })).toBeUndefined();
    expect(guardVerdict('npm publish', { deny: ['\\bnpm\\s+publish\\b'] })).toMatch(/^guard\.deny/);
    expect(guardVerdict('npm publish', { deny: ['(unclosed'] })).toBeUndefined();
  });

  it('stays quick on long input and refuses what nests too deep', () => {
    const body = 'a line with `code`, $(x) and "quotes" that\'s long\n'.repeat(3000);
    const t = performance.now();
    expect(guardVerdict(`cat > f.md <<'EOF'\n${body}EOF`)).toBeUndefined();
    expect(performance.now() - t).toBeLessThan(500);
    let nested = 'gh pr merge 1';
    for (let i = 0; i < 14; i++) nested = `bash -c ${JSON.stringify(nested)}`;
    expect(guardVerdict(nested)).toMatch(/^(opaque-command|merge-pr):/);
  });
});
