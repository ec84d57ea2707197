import type { MuxKind } from '../config/resolve.js';

/** One window of the multiplexer, as one `list-windows -a` call reports it. */
export interface MuxWindow {
  session: string;
  name: string;
  id: string;
  dead: boolean;
  deadStatus: number | undefined;
  pid: number | undefined;
  command: string;
  /** The configured host the window runs on, when it is not this machine. */
  host?: string;
}

export interface NewWindow {
  session: string;
  name: string;
  cwd: string;
  command: string[];
  env: Record<string, string>;
  unsetEnv: string[];
  /** headless only: where output goes. */
  logFile?: string;
}

/** The multiplexer port: tmux, psmux (same commands, other binary) or headless processes. Windows are matched by exact name. */
export interface Mux {
  readonly kind: MuxKind;
  available(): Promise<boolean>;
  newWindow(w: NewWindow): Promise<void>;
  listWindows(session?: string): Promise<MuxWindow[]>;
  findWindow(session: string, name: string): Promise<MuxWindow | undefined>;
  /** The visible screen as text; `escapes: true` keeps colours and attributes as SGR escape sequences (tmux `capture-pane -e`). */
  capture(session: string, name: string, opts?: { escapes?: boolean }): Promise<string>;
  /**
   * Several windows' screens (as capture() gives them) in one call, in the order asked; undefined for a window it
   * could not read. Optional: without it, or for what it leaves undefined, callers use capture().
   */
  captureMany?(targets: Array<{ session: string; name: string }>): Promise<Array<string | undefined>>;
  /**
   * findWindow and capture in one call (the boot handshake asks both ten times a second). Optional: without it,
   * callers ask the two. The screen is '' when the window is gone or could not be read.
   */
  windowAndScreen?(session: string, name: string): Promise<{ window: MuxWindow | undefined; screen: string }>;
  sendLiteral(session: string, name: string, text: string): Promise<void>;
  sendKeys(session: string, name: string, keys: string[]): Promise<void>;
  killWindow(session: string, name: string): Promise<boolean>;
  killSession(session: string): Promise<void>;
  /** Human instructions to watch a window. */
  attachHint(session: string, name?: string): string;
}
