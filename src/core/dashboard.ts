import type { WorkerState } from './worker-state.js';
import { ago, renderTable } from './table.js';
import { formatCost, type CostSummary } from './usage.js';
import { formatLines } from './collisions.js';

export interface DashRow {
  name: string;
  /** The configured host it runs on; absent for this machine. */
  host?: string;
  issue: number | undefined;
  branch: string | undefined;
  state: WorkerState;
  reason: string;
  /** limited: when orch resumes it (ISO). */
  until?: string;
  /** `orch why`'s first cause, for a worker that is not simply working, booting or done. */
  why?: string;
  lastActivity: string | undefined;
  tool: string | undefined;
  commits: number;
  pr: number | undefined;
  ci: string | undefined;
  server: string | undefined;
  /** Files this worker changes that another live worker changes too, with the overlapping base-side lines. Absent when none. */
  collisions?: RowCollision[];
  /** Tokens, turns, wall time and estimated cost; absent for rows built without transcripts. */
  cost?: CostSummary | undefined;
}

export interface RowCollision { with: string; file: string; lines: Array<{ start: number; end: number }>; whole?: boolean }

/** Each collision once (from the row of the pair's first worker), as a line for the text dashboard. */
export function collisionSummary(rows: Array<Pick<DashRow, 'name' | 'collisions'>>): string[] {
  const out: string[] = [];
  for (const r of rows) {
    for (const c of r.collisions ?? []) {
      if (c.with < r.name) continue;
      const where = c.whole ? 'the whole file' : formatLines(c.lines);
      out.push(`${r.name} and ${c.with}: ${c.file} (${where})`);
    }
  }
  return out;
}

/** A symbol per state so the table reads without colour (NO_COLOR, pipes, screen readers). */
export const STATE_SYMBOL: Record<WorkerState, string> = {
  booting: '…',
  working: '▶',
  idle: '○',
  'waiting-approval': '?',
  asking: '?',
  blocked: '■',
  errored: '✖',
  stuck: '!',
  done: '✔',
  dead: '✝',
  'finish-failed': '✖',
  limited: '⏸',
  'not-launched': '·',
};

const COLOR: Record<WorkerState, number> = { booting: 36, working: 34, idle: 37, 'waiting-approval': 33, asking: 33, blocked: 35, errored: 31, stuck: 31, done: 32, dead: 90, 'finish-failed': 31, limited: 33, 'not-launched': 90 };

export function totalsLine(rows: Array<{ state: WorkerState }>): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = r.state === 'waiting-approval' ? 'waiting' : r.state;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order = ['working', 'waiting', 'asking', 'booting', 'idle', 'stuck', 'limited', 'blocked', 'errored', 'finish-failed', 'dead', 'not-launched', 'done'];
  const parts = order.filter((k) => counts.get(k)).map((k) => `${k} ${counts.get(k)}`);
  return `Total: ${rows.length}${parts.length ? ` | ${parts.join(' | ')}` : ''}`;
}

export function renderDashboard(rows: DashRow[], now: number, color: boolean): string {
  if (!rows.length) return 'No workers. Start some with `orch start-issues <n>...` or `orch start <name> --task ...`.';
  const paint = (s: WorkerState, text: string) => (color ? `\u001b[${COLOR[s]}m${text}\u001b[0m` : text);
  // The HOST column appears once a worker runs on another host; a one-machine dashboard stays as it was.
  const hosts = rows.some((r) => r.host);
  const table = renderTable(
    [...(hosts ? ['NAME', 'HOST'] : ['NAME']), 'ISSUE', 'BRANCH', 'STATE', 'LAST ACTIVITY', 'TOOL / LAST', 'COMMITS', 'PR', 'CI', 'COST', 'SERVER'],
    rows.map((r) => [r.name, ...(hosts ? [r.host ?? 'local'] : []), r.issue ? `#${r.issue}` : '-', r.branch ?? '-', `${STATE_SYMBOL[r.state]} ${r.state}`, ago(r.lastActivity, now), (r.tool ?? '-').slice(0, 40), String(r.commits), r.pr ? `#${r.pr}` : '-', r.ci ?? '-', r.cost ? formatCost(r.cost.usd) : '-', r.server ?? '-']),
  );
  // Colour is applied after alignment so escape codes do not skew the columns.
  const lines = table.split('\n');
  const out = [lines[0]!, ...lines.slice(1).map((l, i) => l.replace(`${STATE_SYMBOL[rows[i]!.state]} ${rows[i]!.state}`, (m) => paint(rows[i]!.state, m)))];
  return `${out.join('\n')}\n\n${totalsLine(rows)}`;
}
