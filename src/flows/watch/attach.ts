import type { Project } from '../../context.js';
import { shellQuote } from '../../context.js';
import { UsageError } from '../../errors.js';
import { LOCAL_HOST } from '../../adapters/ssh.js';
import { remoteOf } from '../worker/remote.js';

export interface AttachLine { name: string; host: string; argv: string[]; line: string }

/** The exact command that attaches a terminal to a worker's window: `ssh -t ... tmux attach` for a worker on a host. */
export function attachLine(project: Project, name: string): AttachLine {
  const { config, registry } = project;
  const rec = registry.getWorker(name);
  if (!rec) throw new UsageError(`no worker named ${name}`, 'run `orch list` to see the names');
  const remote = remoteOf(project, rec);
  if (!remote && rec.mux === 'headless') throw new UsageError(`${name} runs headless: there is no window to attach to`, `its output is in ${registry.logsDir()}/${name}.log`);
  const bin = rec.mux === 'psmux' ? process.env.ORCH_PSMUX_BIN || 'psmux' : process.env.ORCH_TMUX_BIN || 'tmux';
  const argv = remote
    ? remote.attachArgv(rec.session, rec.window, config.muxSocket)
    : [bin, ...(config.muxSocket ? ['-L', config.muxSocket] : []), 'attach', '-t', `=${rec.session}:=${rec.window}`];
  return { name, host: rec.host ?? LOCAL_HOST, argv, line: shellQuote(argv) };
}
