import type { Config } from '../../config/resolve.js';
import { run } from '../../adapters/proc.js';
import { sshHost } from '../../adapters/ssh.js';
import type { DoctorCheck } from './doctor.js';

// One round trip per host: what is installed, the clone and its origin, free disk. A constant script; the paths and
// the worker command are its positional parameters ($1 repoPath, $2 worktreesPath, $3 worker command, $4 PATH from
// the host's env, $5 HOME from the host's env).
const PROBE = [
  '[ -n "$4" ] && PATH=$4',
  'H=${5:-$HOME}',
  'echo "git=$(git --version 2>/dev/null)"',
  'echo "tmux=$(tmux -V 2>/dev/null)"',
  'echo "node=$(node --version 2>/dev/null)"',
  'echo "worker=$(command -v "$3" 2>/dev/null)"',
  'if grep -q \'"hasCompletedOnboarding": *true\' "$H/.claude.json" 2>/dev/null; then echo login=yes; else echo login=no; fi',
  'echo "clone=$(git -C "$1" rev-parse --is-inside-work-tree 2>/dev/null)"',
  'echo "origin=$(git -C "$1" remote get-url origin 2>/dev/null)"',
  'd=$2; while [ ! -d "$d" ]; do d=$(dirname "$d"); done',
  'echo "freekb=$(df -Pk "$d" 2>/dev/null | awk \'NR==2{print $4}\')"',
].join('\n');

/** owner/name of a remote URL (https, ssh, scp-like or a local path), to compare two clones' origins. */
export function repoIdentity(url: string): string {
  const clean = url.trim().replace(/\/+$/, '').replace(/\.git$/, '');
  const parts = clean.split(/[/:]/).filter(Boolean);
  return parts.slice(-2).join('/').toLowerCase();
}

const MIN_FREE_KB = 5 * 1024 * 1024;

/** `orch doctor` for each configured host, over SSH. */
export async function hostChecks(config: Pick<Config, 'hosts' | 'repoPath' | 'worker'>): Promise<DoctorCheck[]> {
  const local = await run('git', ['-C', config.repoPath, 'remote', 'get-url', 'origin']);
  const localOrigin = local.exitCode === 0 ? local.stdout.trim() : undefined;
  const out: DoctorCheck[] = [];
  for (const hc of config.hosts) {
    const h = sshHost(config, hc.name);
    const c = (what: string) => `host ${hc.name}: ${what}`;
    const r = await h.exec(['sh', '-c', PROBE, 'sh', hc.repoPath, hc.worktreesPath, config.worker.cmd, hc.env.PATH ?? '', hc.env.HOME ?? ''], { timeoutMs: 30_000 });
    if (r.exitCode !== 0) {
      out.push({ check: c('ssh'), status: 'fail', detail: `cannot reach ${hc.ssh}: ${r.stderr.trim().split('\n').pop() || `exit ${r.exitCode}`}`, fix: `make \`ssh ${hc.ssh.replace(/:(\d+)$/, ' -p $1')} true\` work without a prompt (key in ssh-agent or identityFile, host key known)` });
      continue;
    }
    out.push({ check: c('ssh'), status: 'ok', detail: hc.ssh });
    const f = Object.fromEntries(r.stdout.split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()]));
    const need = (key: string, label: string, fix: string) => out.push(f[key] ? { check: c(label), status: 'ok', detail: f[key]! } : { check: c(label), status: 'fail', detail: `${label} not found on ${hc.name}`, fix });
    need('git', 'git', `install git on ${hc.name}`);
    need('tmux', 'tmux', `install tmux on ${hc.name}`);
    need('node', 'node', `install Node.js 20.19 or newer on ${hc.name} (the worker hooks run with it), or put it on PATH in hosts[].env.PATH`);
    need('worker', 'worker command', `install ${config.worker.cmd} on ${hc.name}, or put it on PATH in hosts[].env.PATH`);
    if (config.worker.name === 'claude') {
      out.push(f.login === 'yes' ? { check: c('worker login'), status: 'ok', detail: 'onboarding done' } : { check: c('worker login'), status: 'warn', detail: `no finished Claude Code onboarding in ~/.claude.json on ${hc.name}`, fix: `run claude once on ${hc.name} and log in` });
    }
    if (f.clone !== 'true') out.push({ check: c('clone'), status: 'fail', detail: `${hc.repoPath} is not a git checkout on ${hc.name}`, fix: `clone the repository there: git clone ${localOrigin ?? '<origin>'} ${hc.repoPath}` });
    else if (!f.origin) out.push({ check: c('clone'), status: 'fail', detail: `${hc.repoPath} has no origin remote`, fix: `git -C ${hc.repoPath} remote add origin ${localOrigin ?? '<url>'}` });
    else if (localOrigin && repoIdentity(f.origin) !== repoIdentity(localOrigin)) out.push({ check: c('clone'), status: 'warn', detail: `its origin ${f.origin} does not look like this checkout's ${localOrigin}`, fix: `point hosts[].repoPath at a clone of ${localOrigin}` });
    else out.push({ check: c('clone'), status: 'ok', detail: `${hc.repoPath} (origin ${f.origin})` });
    const kb = Number(f.freekb);
    if (!Number.isFinite(kb) || !f.freekb) out.push({ check: c('disk'), status: 'unknown', detail: 'df gave no answer' });
    else out.push({ check: c('disk'), status: kb < MIN_FREE_KB ? 'warn' : 'ok', detail: `${(kb / 1024 / 1024).toFixed(1)} GB free for ${hc.worktreesPath}`, ...(kb < MIN_FREE_KB ? { fix: `free space on ${hc.name}: each worktree holds a checkout and its builds` } : {}) });
  }
  return out;
}
