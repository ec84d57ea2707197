/** Dev-server port arithmetic: pure, so every orch process (and every worktree) computes the same ports. */

export type ServerPart = 'frontend' | 'backend';

/** Worktrees use base+1 .. base+OFFSET_SPAN; base itself stays with the main checkout. */
export const OFFSET_SPAN = 49;

/**
 * The seed's stable offset (hash = hash*31 + charCode mod 1e6; offset = hash mod 49 + 1), kept byte for byte
 * so a project moving from the original plugin keeps its ports, bookmarks and CORS settings.
 */
export function portOffset(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) % 1_000_000;
  return (hash % OFFSET_SPAN) + 1;
}

/** The port a checkout should use for one part: the base for the main checkout, base + offset for a worktree. */
export function preferredPort(base: number, worktreeName: string | undefined): number {
  return worktreeName === undefined ? base : base + portOffset(worktreeName);
}

/**
 * The reserved block for --next-free: the worktree ports base+1..base+49, tried in order starting after
 * `preferred` and wrapping, so two runs that see the same taken ports pick the same one.
 */
export function candidatePorts(base: number, preferred: number): number[] {
  const block = Array.from({ length: OFFSET_SPAN }, (_, i) => base + 1 + i).filter((p) => p <= 65535);
  const at = block.indexOf(preferred);
  return at < 0 ? block : [...block.slice(at + 1), ...block.slice(0, at)];
}

/** `{port}` and `{backendPort}` in each argument; nothing else is interpreted (no shell). */
export function substitutePorts(args: readonly string[], ports: { port: number; backendPort?: number | undefined }): string[] {
  return args.map((a) => {
    let s = a.split('{port}').join(String(ports.port));
    if (ports.backendPort !== undefined) s = s.split('{backendPort}').join(String(ports.backendPort));
    return s;
  });
}

export function serverUrl(port: number, readyPath = '/'): string {
  return `http://localhost:${port}${readyPath.startsWith('/') ? readyPath : `/${readyPath}`}`;
}

export function partsOf(part: 'frontend' | 'backend' | 'both'): ServerPart[] {
  return part === 'both' ? ['backend', 'frontend'] : [part];
}
