import { run, runDirect } from './proc.js';
import type { Mux, MuxWindow, NewWindow } from './mux.js';
import { OrchError } from '../errors.js';

const FORMAT = ['#{session_name}', '#{window_name}', '#{window_id}', '#{pane_dead}', '#{pane_dead_status}', '#{pane_pid}', '#{pane_current_command}'].join('\t');

/** tmux (or psmux, which takes the same commands). Every call is an argument array; `-L socket` keeps us off the user's server when set. */
export class TmuxMux implements Mux {
  readonly kind: 'tmux' | 'psmux';
  constructor(private readonly bin: string, private readonly socket: string | undefined, kind: 'tmux' | 'psmux' = 'tmux') {
    this.kind = kind;
  }

  protected async tmux(args: string[], input?: string) {
    const full = this.socket ? ['-L', this.socket, ...args] : args;
    // Every monitor cycle and dash refresh calls tmux: straight through node:child_process, except on Windows
    // (psmux), where execa resolves the program the way Windows does.
    const exec = process.platform === 'win32' ? run : runDirect;
    return exec(this.bin, full, input === undefined ? {} : { input });
  }

  private async must(args: string[], what: string, input?: string): Promise<string> {
    const r = await this.tmux(args, input);
    if (r.exitCode !== 0) throw new OrchError('mux', `${this.kind} ${what} failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`);
    return r.stdout;
  }

  async available(): Promise<boolean> {
    const r = await run(this.bin, ['-V']);
    return r.exitCode === 0;
  }

  /** Exact-name target: `=` stops tmux from prefix or pattern matching (fix-51 must never hit fix-510-x). */
  target(session: string, name: string): string {
    return `=${session}:=${name}`;
  }

  async newWindow(w: NewWindow): Promise<void> {
    const envArgs = Object.entries(w.env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    // `env -u` drops inherited variables without a shell; the tmux server's own environment may carry them.
    const cmd = w.unsetEnv.length ? ['env', ...w.unsetEnv.flatMap((k) => ['-u', k]), ...w.command] : w.command;
    // remain-on-exit is set in the same tmux invocation, before the server can reap a process that exits at once
    // (the root refusal does), so the exit status and last screen stay readable.
    const remain = [';', 'set-option', '-w', '-t', this.target(w.session, w.name), 'remain-on-exit', 'on'];
    const hasSession = (await this.tmux(['has-session', '-t', `=${w.session}`])).exitCode === 0;
    if (!hasSession) {
      const r = await this.tmux(['new-session', '-d', '-s', w.session, '-n', w.name, '-c', w.cwd, '-x', '200', '-y', '50', ...envArgs, ...cmd, ...remain]);
      if (r.exitCode === 0) return;
      if (!/duplicate session/.test(r.stderr)) throw new OrchError('mux', `${this.kind} new-session failed: ${r.stderr.trim()}`);
    }
    await this.must(['new-window', '-d', '-t', `=${w.session}:`, '-n', w.name, '-c', w.cwd, ...envArgs, ...cmd, ...remain], 'new-window');
  }

  async listWindows(session?: string): Promise<MuxWindow[]> {
    // No server on this socket, or one without sessions ("no current target" from a server whose last session just
    // ended), means no windows; any other failure must not read as "no windows" (a teardown or the queue would act
    // on it), so it is an error. A server caught while it exits ("server exited unexpectedly") is asked once more.
    const gone = /no server running|error connecting to|no sessions|no current target/i;
    let r = await this.tmux(['list-windows', '-a', '-F', FORMAT]);
    if (r.exitCode !== 0 && !gone.test(r.stderr)) {
      await new Promise((done) => setTimeout(done, 100));
      r = await this.tmux(['list-windows', '-a', '-F', FORMAT]);
    }
    if (r.exitCode !== 0) {
      if (gone.test(r.stderr)) return [];
      throw new OrchError('mux', `${this.kind} list-windows failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`, { hint: `check that ${this.bin} runs: ${this.bin} -V` });
    }
    return parseWindows(r.stdout, session);
  }

  async findWindow(session: string, name: string): Promise<MuxWindow | undefined> {
    return (await this.listWindows(session)).find((w) => w.name === name);
  }

  async capture(session: string, name: string, opts: { escapes?: boolean } = {}): Promise<string> {
    return this.must(['capture-pane', '-p', ...(opts.escapes ? ['-e'] : []), '-t', this.target(session, name)], 'capture-pane');
  }

  /**
   * One tmux client for every screen (`capture-pane ; display-message <mark> ; capture-pane ...`): dash and monitor
   * read every window each cycle, and a client process per window cost more than the captures. tmux stops at the
   * first command that fails (a window closed meanwhile); the screens before it are complete, the rest undefined.
   */
  async captureMany(targets: Array<{ session: string; name: string }>): Promise<Array<string | undefined>> {
    if (this.kind !== 'tmux' || targets.length < 2) {
      return Promise.all(targets.map((t) => this.capture(t.session, t.name).catch(() => undefined)));
    }
    const mark = `orch-screen-end-${process.pid}-${Math.random().toString(36).slice(2)}`;
    const args = targets.flatMap((t, i) => [...(i ? [';'] : []), 'capture-pane', '-p', '-t', this.target(t.session, t.name), ';', 'display-message', '-p', mark]);
    const r = await this.tmux(args);
    // Each screen ends with a newline, then the mark on a line of its own; the last newline was stripped.
    const parts = `${r.stdout}\n`.split(`${mark}\n`);
    return targets.map((_, i) => (i < parts.length - 1 ? parts[i]!.replace(/\n$/, '') : undefined));
  }

  async windowAndScreen(session: string, name: string): Promise<{ window: MuxWindow | undefined; screen: string }> {
    if (this.kind !== 'tmux') {
      const window = await this.findWindow(session, name);
      return { window, screen: window ? await this.capture(session, name).catch(() => '') : '' };
    }
    // One client: the window list, a mark, the screen. A window that is gone stops tmux at capture-pane.
    const mark = `orch-windows-end-${process.pid}-${Math.random().toString(36).slice(2)}`;
    const r = await this.tmux(['list-windows', '-a', '-F', FORMAT, ';', 'display-message', '-p', mark, ';', 'capture-pane', '-p', '-t', this.target(session, name)]);
    const at = r.stdout.indexOf(`${mark}\n`);
    if (at < 0) {
      // Not even the list (no server, an error): the same answers as findWindow and capture would give.
      const window = await this.findWindow(session, name);
      return { window, screen: window ? await this.capture(session, name).catch(() => '') : '' };
    }
    const window = parseWindows(r.stdout.slice(0, at), session).find((w) => w.name === name);
    return { window, screen: window && r.exitCode === 0 ? r.stdout.slice(at + mark.length + 1) : '' };
  }

  async sendLiteral(session: string, name: string, text: string): Promise<void> {
    if (text.length > 500 || text.includes('\n')) {
      // Long or multi-line text goes through a buffer: send-keys -l of a long string races the TUI's input handling.
      const buf = `orch-${process.pid}-${Date.now()}`;
      await this.must(['load-buffer', '-b', buf, '-'], 'load-buffer', text);
      await this.must(['paste-buffer', '-d', '-p', '-b', buf, '-t', this.target(session, name)], 'paste-buffer');
      return;
    }
    await this.must(['send-keys', '-l', '-t', this.target(session, name), text], 'send-keys');
  }

  async sendKeys(session: string, name: string, keys: string[]): Promise<void> {
    for (const key of keys) await this.must(['send-keys', '-t', this.target(session, name), key], 'send-keys');
  }

  async killWindow(session: string, name: string): Promise<boolean> {
    const r = await this.tmux(['kill-window', '-t', this.target(session, name)]);
    return r.exitCode === 0;
  }

  async killSession(session: string): Promise<void> {
    await this.tmux(['kill-session', '-t', `=${session}`]);
  }

  attachHint(session: string, name?: string): string {
    const sock = this.socket ? ` -L ${this.socket}` : '';
    return `${this.bin}${sock} attach -t ${session}${name ? `:${name}` : ''}`;
  }
}

/** list-windows output (FORMAT), for one session or all. */
function parseWindows(stdout: string, session?: string): MuxWindow[] {
  const out: MuxWindow[] = [];
  for (const line of stdout.split('\n')) {
    if (!line) continue;
    const [s = '', name = '', id = '', dead = '0', status = '', pid = '', command = ''] = line.split('\t');
    if (session !== undefined && s !== session) continue;
    out.push({ session: s, name, id, dead: dead === '1', deadStatus: status === '' ? undefined : Number(status), pid: pid ? Number(pid) : undefined, command });
  }
  return out;
}
