import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, statfsSync, statSync } from 'node:fs';

/** Scratch folders of a few small files each, created and dropped by the hundred: at least this much room. */
const ROOM = 256 * 1024 * 1024;
let base: string | undefined;

/**
 * Where orch's short-lived scratch files go (the resident shell's jobs, gitEach's results): a per-user memory
 * filesystem when there is one with room ($XDG_RUNTIME_DIR, else /dev/shm), else the temp folder; a TMPDIR set
 * by the user is theirs to choose and is kept. Each file there
 * costs no disk inode: on a disk whose free space is being discarded after a large deletion, creating one can cost
 * a millisecond of CPU, and a backlog creates thousands. `mkdtemp` makes each folder 0700 wherever it is.
 */
export function scratchDir(prefix: string): string {
  base ??= pickBase();
  try {
    return mkdtempSync(path.join(base, prefix));
  } catch {
    return mkdtempSync(path.join(os.tmpdir(), prefix));
  }
}

function pickBase(): string {
  if (process.platform !== 'linux' || process.env.TMPDIR) return os.tmpdir();
  for (const dir of [process.env.XDG_RUNTIME_DIR, '/dev/shm']) {
    if (!dir || !path.isAbsolute(dir)) continue;
    try {
      const st = statSync(dir);
      const fs = statfsSync(dir);
      // tmpfs only (a shared memory folder that is really disk gains nothing); owned by us, or world-writable and sticky.
      const mine = st.uid === process.getuid?.() || (st.mode & 0o1002) === 0o1002;
      if (st.isDirectory() && fs.type === 0x01021994 && mine && fs.bavail * fs.bsize >= ROOM) return dir;
    } catch {
      /* not there */
    }
  }
  return os.tmpdir();
}
