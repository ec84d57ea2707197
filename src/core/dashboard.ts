import type { WorkerState } from './worker-state.js';
import { ago, renderTable } from './table.js';
import { formatCost } from './usage.js';
import { formatLines } from './collisions.js';
import type { WorkerJson } from './worker-json.js';

/** A `dash` row: the shared worker vocabulary plus when it last did something and its last tool. */
export type DashRow = WorkerJson & {
  /** Time of its newest event (ISO); null without events. */
  lastActivity: string | null;
  /** Its last tool call with the summary, e.g. `Bash: npm test`. */
  tool: string | null;
};

export interface RowCollision { with: string; file: string; lines: Array<{ start: number; end: number }>; whole?: boolean }

/** Each collision once (from the row of the pair's first worker), as a line for the text dashboard. */
export function collisionSummary(rows: ReadonlyArray<{ name: string; collisions?: ReadonlyArray<RowCollision> | undefined }>): string[] {
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

export function totalsLine(rows: Array<{ state: { name: WorkerState } }>): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = r.state.name === 'waiting-approval' ? 'waiting' : r.state.name;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const order = ['working', 'waiting', 'asking', 'booting', 'idle', 'stuck', 'limited', 'blocked', 'errored', 'finish-failed', 'dead', 'not-launched', 'done'];
  const parts = order.filter((k) => counts.get(k)).map((k) => `${k} ${counts.get(k)}`);
  return `Total: ${rows.length}${parts.length ? ` | ${parts.join(' | ')}` : ''}`;
}

/** A worker's dev servers as one table cell: "-" when none, "frontend http://...; backend ... (down)". */
export function serverText(list: ReadonlyArray<{ part: string; url: string; running: boolean }>): string {
  if (!list.length) return '-';
  return list.map((s) => `${list.length > 1 ? `${s.part} ` : ''}${s.url}${s.running ? '' : ' (down)'}`).join('; ');
}

/** The CI cell: the checks of an open PR, else what became of it (MERGED, CLOSED). */
export function ciText(pr: WorkerJson['pr']): string {
  if (!pr?.state) return '-';
  return pr.state === 'OPEN' || pr.state === 'DRAFT' ? (pr.ci ?? '-') : pr.state;
}

export function renderDashboard(rows: DashRow[], now: number, color: boolean): string {
  if (!rows.length) return 'No workers. Start some with `orch start-issues <n>...` or `orch start <name> --task ...`.';
  const paint = (s: WorkerState, text: string) => (color ? `\u001b[${COLOR[s]}m${text}\u001b[0m` : text);
  // The HOST column appears once a worker runs on another host; a one-machine dashboard stays as it was.
  const hosts = rows.some((r) => r.host !== 'local');
  const table = renderTable(
    [...(hosts ? ['NAME', 'HOST'] : ['NAME']), 'ISSUE', 'BRANCH', 'STATE', 'LAST ACTIVITY', 'TOOL / LAST', 'COMMITS', 'PR', 'CI', 'COST', 'SERVER'],
    rows.map((r) => [r.name, ...(hosts ? [r.host] : []), r.issue ? `#${r.issue}` : '-', r.branch ?? '-', `${STATE_SYMBOL[r.state.name]} ${r.state.name}`, ago(r.lastActivity ?? undefined, now), (r.tool ?? '-').slice(0, 40), String(r.ahead ?? 0), r.pr ? `#${r.pr.number}` : '-', ciText(r.pr), r.cost ? formatCost(r.cost.usd) : '-', serverText(r.server)]),
  );
  // Colour is applied after alignment so escape codes do not skew the columns.
  const lines = table.split('\n');
  const out = [lines[0]!, ...lines.slice(1).map((l, i) => l.replace(`${STATE_SYMBOL[rows[i]!.state.name]} ${rows[i]!.state.name}`, (m) => paint(rows[i]!.state.name, m)))];
  return `${out.join('\n')}\n\n${totalsLine(rows)}`;
}
