import path from 'node:path';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from '../../adapters/fs.js';
import { withFileLock } from '../../adapters/file-lock.js';
import type { Project } from '../../context.js';
import type { WorkerRecord } from '../../state/records.js';
import { isRemote, sshFailed, sshHost } from '../../adapters/ssh.js';
import { completeLines, parseOffset } from '../../core/event-offset.js';
import { mapLimit } from '../shared/map-limit.js';

/** Where the local mirror of a remote events file records how many bytes of it it holds. */
export function offsetFile(registryDir: string, name: string): string {
  // Not in events/: monitor --watch wakes on every change there, and these change on every sync.
  return path.join(registryDir, 'mirror', `${name}.offset`);
}

export function dropMirror(registryDir: string, name: string): void {
  rmSync(offsetFile(registryDir, name), { force: true });
}

// Reads from the byte offset the mirror holds: a dropped connection (or a killed orch) resumes where it stopped, a
// line still being written is read again next time, and nothing is read twice. The script is a constant; the clone,
// the worker's name, the offset and the worktree are its positional parameters. stderr says whether the worktree is there.
const TAIL = [
  'd=$(git -C "$1" rev-parse --path-format=absolute --git-common-dir 2>/dev/null) || { echo orch-clone:missing >&2; exit 4; }',
  'if [ -d "$4" ]; then echo orch-wt:1 >&2; else echo orch-wt:0 >&2; fi',
  'f="$d/session-orchestrator/events/$2.jsonl"',
  '[ -e "$f" ] || exit 0',
  'exec tail -c +"$3" "$f"',
].join('\n');

export interface RemoteSync { name: string; worktreeExists: boolean | undefined; added: number; error?: string }

/** Brings each remote worker's new events into its local events file (one SSH round trip per worker, over the host's one connection). */
export async function syncRemoteEvents(project: Project, recs: WorkerRecord[]): Promise<Map<string, RemoteSync>> {
  const out = new Map<string, RemoteSync>();
  const remote = recs.filter((r) => isRemote(r.host));
  await mapLimit(remote, 6, async (rec) => {
    out.set(rec.name, await syncOne(project, rec).catch((e: Error) => ({ name: rec.name, worktreeExists: undefined, added: 0, error: e.message.split('\n')[0]! })));
  });
  return out;
}

async function syncOne(project: Project, rec: WorkerRecord): Promise<RemoteSync> {
  const h = sshHost(project.config, rec.host!);
  const local = project.registry.eventsFile(rec.name);
  const offFile = offsetFile(project.registry.dir, rec.name);
  mkdirSync(path.dirname(local), { recursive: true });
  mkdirSync(path.dirname(offFile), { recursive: true });
  // monitor, dash and a one-shot list may sync at the same moment: one at a time per worker, or lines would be doubled.
  return withFileLock(`${offFile}.lock`, async () => {
    let offset: number;
    try {
      offset = parseOffset(readFileSync(offFile, 'utf8'));
    } catch {
      offset = 0;
    }
    const r = await h.execBytes(['sh', '-c', TAIL, 'sh', h.config.repoPath, rec.name, String(offset + 1), rec.worktree]);
    const wt = /orch-wt:([01])/.exec(r.stderr)?.[1];
    if (r.exitCode !== 0) throw sshFailed(r) ? h.unreachable(r.stderr) : new Error(`${h.name}: reading events of ${rec.name} failed: ${r.stderr.trim()}`);
    const { text, next } = completeLines(r.stdout, offset);
    if (text) {
      appendFileSync(local, text);
      writeFileSync(offFile, String(next));
    }
    return { name: rec.name, worktreeExists: wt === undefined ? undefined : wt === '1', added: next - offset };
  });
}

/**
 * Keeps the local mirrors of remote workers' events current while a watcher runs (monitor --watch): a sync every
 * `everyMs`, never two at once; the local events file then changes like a local worker's and wakes the watcher.
 */
export function pumpRemoteEvents(project: Project, everyMs = 400): () => void {
  if (!project.config.hosts.length) return () => undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    if (stopped) return;
    const recs = project.registry.listWorkers().filter((r) => isRemote(r.host));
    if (recs.length) await syncRemoteEvents(project, recs).catch(() => undefined);
    if (!stopped) timer = setTimeout(() => void tick(), everyMs);
  };
  timer = setTimeout(() => void tick(), 0);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
