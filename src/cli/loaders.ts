import type { Command } from 'commander';

type Loader = () => Promise<{ register: (p: Command) => void }>;

/**
 * Which module registers which command: `orch <cmd>` loads only that module and the flows it imports, so
 * the commands run constantly (list, dash, monitor) do not pay for octokit, listr2 or the other commands.
 * A test checks this table against the full program.
 */
export const COMMAND_LOADERS: Array<{ names: string[]; load: Loader }> = [
  { names: ['init'], load: () => import('./init.js') },
  { names: ['config'], load: () => import('./config.js') },
  { names: ['demo'], load: () => import('./demo.js') },
  { names: ['doctor'], load: () => import('./doctor.js') },
  { names: ['completion'], load: () => import('./completion.js') },
  { names: ['start'], load: () => import('./start.js') },
  { names: ['start-issues'], load: () => import('./start-issues.js') },
  { names: ['resume'], load: () => import('./resume.js') },
  { names: ['list', 'ls'], load: () => import('./list.js') },
  { names: ['health'], load: () => import('./health.js') },
  { names: ['monitor'], load: () => import('./monitor.js') },
  { names: ['dash'], load: () => import('./dash.js') },
  { names: ['attach'], load: () => import('./attach.js') },
  { names: ['why'], load: () => import('./why.js') },
  { names: ['send', 'result', 'status', 'approve', 'deny'], load: () => import('./talk.js') },
  { names: ['orchestrate', 'orchestrator', 'reviewer', 'review'], load: () => import('./orchestrate.js') },
  { names: ['finish'], load: () => import('./finish.js') },
  { names: ['pull'], load: () => import('./pull.js') },
  { names: ['close'], load: () => import('./close.js') },
  { names: ['cleanup'], load: () => import('./cleanup.js') },
  { names: ['server', 'kill-port'], load: () => import('./server.js') },
];

const VALUE_OPTIONS = new Set(['--config', '--cwd']);

/** The command word of argv (skipping global options and their values), or undefined. */
export function commandWord(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}
