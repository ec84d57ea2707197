/**
 * The merge plan: from which pull requests conflict with which (tried locally, never on GitHub), an order that
 * lands the most of them without a conflict. Pure.
 */

export interface PlanPr { number: number; name: string }

export interface PairConflict { a: number; b: number; files: string[] }

/** Largest set of PRs with no conflicting pair: exact up to this many PRs, greedy beyond. */
const EXACT_UP_TO = 16;

function conflictSets(prs: PlanPr[], pairs: PairConflict[]): Map<number, Set<number>> {
  const m = new Map(prs.map((p) => [p.number, new Set<number>()] as const));
  for (const c of pairs) {
    m.get(c.a)?.add(c.b);
    m.get(c.b)?.add(c.a);
  }
  return m;
}

/**
 * The PRs to land together, in order: the largest set of PRs no two of which conflict (ties go to the set with
 * the oldest PRs), oldest PR first. Up to 16 PRs the set is exact; beyond, greedy by fewest conflicts.
 */
export function cleanSet(prs: PlanPr[], pairs: PairConflict[]): number[] {
  const sorted = [...prs].sort((x, y) => x.number - y.number);
  const conflicts = conflictSets(sorted, pairs);
  if (sorted.length <= EXACT_UP_TO) {
    let best: number[] = [];
    const n = sorted.length;
    for (let mask = 0; mask < 1 << n; mask++) {
      const pick: number[] = [];
      let ok = true;
      for (let i = 0; i < n && ok; i++) {
        if (!(mask & (1 << i))) continue;
        const num = sorted[i]!.number;
        if (pick.some((p) => conflicts.get(num)!.has(p))) ok = false;
        else pick.push(num);
      }
      if (ok && better(pick, best)) best = pick;
    }
    return best;
  }
  const byDegree = [...sorted].sort((x, y) => conflicts.get(x.number)!.size - conflicts.get(y.number)!.size || x.number - y.number);
  const pick: number[] = [];
  for (const p of byDegree) if (!pick.some((q) => conflicts.get(p.number)!.has(q))) pick.push(p.number);
  return pick.sort((x, y) => x - y);
}

/** More PRs wins; at equal size, the set whose PRs are older (compared in order). */
function better(x: number[], y: number[]): boolean {
  if (x.length !== y.length) return x.length > y.length;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
}

/** The full order: the clean set first, then the others (each needs a rebase once those before it landed). */
export function mergeOrder(prs: PlanPr[], pairs: PairConflict[]): { clean: number[]; later: number[] } {
  const clean = cleanSet(prs, pairs);
  const later = prs.map((p) => p.number).filter((n) => !clean.includes(n)).sort((x, y) => x - y);
  return { clean, later };
}

/** `git merge-tree --write-tree --name-only` output: the tree, then the conflicted files, then (after a blank line) messages. */
export function parseMergeTree(out: string): { tree: string; files: string[] } {
  const [head = '', ...rest] = out.split('\n');
  const files: string[] = [];
  for (const l of rest) {
    if (!l.trim()) break;
    if (!files.includes(l)) files.push(l);
  }
  return { tree: head.trim(), files };
}
