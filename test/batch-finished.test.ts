import { describe, expect, it } from 'vitest';
import { batchFinished, prsOpenedSince, type MemberFact } from '../src/flows/batch/batch-facts.js';
import type { BatchRecord, WorkerRecord } from '../src/state/records.js';
import type { PullRequestStatus } from '../src/adapters/forge.js';

// When `orchestrate poll --loop` may stop: never while a member's work waits on a PR, including a PR opened after the
// cycle read GitHub (CI saw the loop end while a worker's new PR was open, leaving it to nobody).
const batch = { queue: [] } as unknown as BatchRecord;
const rec = (pr?: number) => ({ name: 'w', branch: 'fix/1-w', ...(pr ? { pr } : {}) }) as unknown as WorkerRecord;
const pr = (state: string) => ({ number: 11, state }) as unknown as PullRequestStatus;
const member = (m: Partial<MemberFact>): MemberFact => ({ name: 'w', rec: rec(), status: 'done', reason: '', pr: undefined, ...m });

describe('a batch is finished', () => {
  it('when every member is done without a PR (no GitHub), closed, or its merged PR was landed', () => {
    expect(batchFinished(batch, [member({}), member({ rec: undefined, status: 'closed' })])).toBe(true);
    expect(batchFinished(batch, [member({ rec: undefined, status: 'closed', pr: pr('MERGED') })])).toBe(true);
  });

  it('not while a PR is open, or merged but its worker not yet torn down, or items wait in the queue', () => {
    expect(batchFinished(batch, [member({ pr: pr('OPEN') })])).toBe(false);
    expect(batchFinished(batch, [member({ pr: pr('MERGED') })])).toBe(false);
    expect(batchFinished({ queue: [{ name: 'later' }] } as unknown as BatchRecord, [member({})])).toBe(false);
  });

  it('not on facts older than a PR the record names: that member is reported, and the next cycle decides', () => {
    const opened = member({ rec: rec(11) }); // `orch finish` recorded PR 11 after the cycle read GitHub
    expect(batchFinished(batch, [opened])).toBe(true); // what the facts alone would say
    expect(prsOpenedSince([opened, member({ name: 'other' })])).toEqual(['w']);
    expect(prsOpenedSince([member({ rec: rec(11), pr: pr('OPEN') })])).toEqual([]);
  });
});
