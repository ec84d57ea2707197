import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { RunResult } from './proc.js';
import type { Config } from '../config/resolve.js';
import type { Registry } from '../state/registry.js';
import { quote } from 'shell-quote';
import type { Mux, MuxWindow, NewWindow } from './mux.js';
import { TmuxMux } from './tmux.js';
import { isRemote, LOCAL_HOST, sshFailed, sshHost, type SshHost } from './ssh.js';

/** tmux on a configured host: the same commands as TmuxMux, each one an argument array run over the host's SSH connection. */
export class RemoteTmux extends TmuxMux {
  constructor(private readonly host: SshHost, private readonly sock: string | undefined) {
    super('tmux', sock, 'tmux');
  }

  protected override async tmux(args: string[], input?: string): Promise<RunResult> {
    // -u: an SSH session often has no UTF-8 locale, and tmux then turns the tabs of list-windows' format and every
    // non-ASCII glyph of a captured screen (❯, ⏵⏵) into '_'.
    const r = await this.host.exec(['tmux', '-u', ...(this.sock ? ['-L', this.sock] : []), ...args], input === undefined ? {} : { input });
    // ssh's own failure (255) must never read as "no server running": callers treat that as "no windows".
    if (sshFailed(r)) throw this.host.unreachable(r.stderr);
    return r;
  }

  override async available(): Promise<boolean> {
    return (await this.host.exec(['tmux', '-V'])).exitCode === 0;
  }

  /**
   * The window's environment never goes onto the remote command line (tmux -e would show an API key in the host's
   * process list): it travels over stdin into a file only the user can read, which the window sources and deletes
   * before it runs the worker.
   */
  override async newWindow(w: NewWindow): Promise<void> {
    const entries = Object.entries(w.env).filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
    if (!entries.length) return super.newWindow({ ...w, env: {} });
    const file = path.posix.join(await this.host.home(), '.cache', 'orch', 'env', `${w.session}-${w.name}-${Date.now()}.env`);
    await this.host.writeFile(file, entries.map(([k, v]) => `export ${k}=${quote([v])}\n`).join(''), { overwrite: true, mode: '600' });
    return super.newWindow({ ...w, env: {}, command: ['sh', '-c', '. "$0"; rm -f "$0"; exec "$@"', file, ...w.command] });
  }

  override async listWindows(session?: string): Promise<MuxWindow[]> {
    return (await super.listWindows(session)).map((w) => ({ ...w, host: this.host.name }));
  }

  override attachHint(session: string, name?: string): string {
    return this.host.attachArgv(session, name, this.sock).map((a) => (/^[A-Za-z0-9_/.:=@%+,-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
  }
}

/**
 * The Mux of a project with hosts: each call goes to the host the worker's record names (this machine when none), so
 * every flow that talks to a window by session and name works unchanged for remote workers.
 */
export class HostMux implements Mux {
  readonly kind: Mux['kind'];
  /** Hosts the last listWindows could not reach, with why: their workers' state says so instead of "dead". */
  readonly unreachable = new Map<string, string>();
  constructor(
    private readonly local: Mux,
    private readonly remote: (host: string) => Mux,
    /** The host of the worker that owns this window name, or undefined (this machine). */
    private readonly hostOf: (window: string) => string | undefined,
    /** Hosts that hold at least one registered worker: the only ones listWindows asks. */
    private readonly activeHosts: () => string[],
  ) {
    this.kind = local.kind;
  }

  private pick(name: string): Mux {
    const h = this.hostOf(name);
    return h ? this.remote(h) : this.local;
  }

  available(): Promise<boolean> {
    return this.local.available();
  }
  newWindow(w: NewWindow): Promise<void> {
    return this.pick(w.name).newWindow(w);
  }
  async listWindows(session?: string): Promise<MuxWindow[]> {
    // One unreachable host must not blind list, dash or monitor to the others. Its windows are left out and the host is
    // recorded (the teardown never relies on this listing: it asks the worker's own host, and that call throws).
    const fromHost = async (h: string) => {
      try {
        const l = await this.remote(h).listWindows(session);
        this.unreachable.delete(h);
        return l;
      } catch (e) {
        this.unreachable.set(h, (e as Error).message.split('\n')[0]!);
        return [];
      }
    };
    const lists = await Promise.all([this.local.listWindows(session), ...this.activeHosts().map(fromHost)]);
    // A name owned by a remote worker is that host's window; a same-named local one is not the worker's.
    return lists.flatMap((l, i) => (i === 0 ? l.filter((w) => !this.hostOf(w.name)) : l));
  }
  async findWindow(session: string, name: string): Promise<MuxWindow | undefined> {
    return this.pick(name).findWindow(session, name);
  }
  capture(session: string, name: string, opts?: { escapes?: boolean }): Promise<string> {
    return this.pick(name).capture(session, name, opts);
  }
  sendLiteral(session: string, name: string, text: string): Promise<void> {
    return this.pick(name).sendLiteral(session, name, text);
  }
  sendKeys(session: string, name: string, keys: string[]): Promise<void> {
    return this.pick(name).sendKeys(session, name, keys);
  }
  killWindow(session: string, name: string): Promise<boolean> {
    return this.pick(name).killWindow(session, name);
  }
  async killSession(session: string): Promise<void> {
    await this.local.killSession(session);
  }
  attachHint(session: string, name?: string): string {
    return name ? this.pick(name).attachHint(session, name) : this.local.attachHint(session, name);
  }
}

/** The host named in a worker's record file, read alone (cheap enough for every mux call); undefined for this machine. */
export function recordHost(registryDir: string, window: string): string | undefined {
  try {
    const h = (JSON.parse(readFileSync(path.join(registryDir, 'workers', `${window}.json`), 'utf8')) as { host?: unknown }).host;
    return typeof h === 'string' && h !== LOCAL_HOST ? h : undefined;
  } catch {
    return undefined;
  }
}

/** Wraps the local mux so windows of remote workers are reached on their host. */
export function hostMux(config: Pick<Config, 'hosts' | 'muxSocket'>, registry: Registry, local: Mux): Mux {
  const remotes = new Map<string, Mux>();
  const remote = (h: string) => {
    let m = remotes.get(h);
    if (!m) remotes.set(h, (m = new RemoteTmux(sshHost(config, h), config.muxSocket)));
    return m;
  };
  return new HostMux(local, remote, (w) => recordHost(registry.dir, w), () => [...new Set(registry.listWorkers().map((r) => r.host).filter(isRemote))]);
}

/** Why a host could not be asked for its windows in the last listing, when it could not. */
export function hostProblem(mux: Mux, host: string | undefined): string | undefined {
  return host && mux instanceof HostMux ? mux.unreachable.get(host) : undefined;
}
