import {
  readTail
} from "./chunk-RFRHITKX.js";
import {
  envFileValues,
  envFiles
} from "./chunk-PI3YJTP2.js";
import {
  LOCAL_HOST,
  isRemote,
  sshFailed,
  sshHost
} from "./chunk-C4EP7MAX.js";
import {
  distScript,
  packageRoot
} from "./chunk-DE7BE6BW.js";
import {
  isAlive,
  run,
  runDirect
} from "./chunk-4YZ2I25Y.js";
import {
  loadConfig
} from "./chunk-SFWOOGXY.js";
import {
  Registry
} from "./chunk-FVQNOVXB.js";
import {
  OrchError,
  addSecretValues
} from "./chunk-2PNQQJNN.js";
import {
  require_shell_quote
} from "./chunk-HJUAAMKQ.js";
import {
  __toESM
} from "./chunk-LHO2KLC4.js";

// src/adapters/remote-tmux.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);
import path from "node:path";
import { readFileSync } from "node:fs";

// src/adapters/tmux.ts
var FORMAT = ["#{session_name}", "#{window_name}", "#{window_id}", "#{pane_dead}", "#{pane_dead_status}", "#{pane_pid}", "#{pane_current_command}"].join("	"), TmuxMux = class {
  constructor(bin, socket, kind = "tmux") {
    this.bin = bin;
    this.socket = socket;
    this.kind = kind;
  }
  bin;
  socket;
  kind;
  async tmux(args, input) {
    let full = this.socket ? ["-L", this.socket, ...args] : args;
    return (process.platform === "win32" ? run : runDirect)(this.bin, full, input === void 0 ? {} : { input });
  }
  async must(args, what, input) {
    let r = await this.tmux(args, input);
    if (r.exitCode !== 0) throw new OrchError("mux", `${this.kind} ${what} failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`);
    return r.stdout;
  }
  async available() {
    return (await run(this.bin, ["-V"])).exitCode === 0;
  }
  /** Exact-name target: `=` stops tmux from prefix or pattern matching (fix-51 must never hit fix-510-x). */
  target(session, name) {
    return `=${session}:=${name}`;
  }
  async newWindow(w) {
    let envArgs = Object.entries(w.env).flatMap(([k, v]) => ["-e", `${k}=${v}`]), cmd = w.unsetEnv.length ? ["env", ...w.unsetEnv.flatMap((k) => ["-u", k]), ...w.command] : w.command, remain = [";", "set-option", "-w", "-t", this.target(w.session, w.name), "remain-on-exit", "on"];
    if (!((await this.tmux(["has-session", "-t", `=${w.session}`])).exitCode === 0)) {
      let r = await this.tmux(["new-session", "-d", "-s", w.session, "-n", w.name, "-c", w.cwd, "-x", "200", "-y", "50", ...envArgs, ...cmd, ...remain]);
      if (r.exitCode === 0) return;
      if (!/duplicate session/.test(r.stderr)) throw new OrchError("mux", `${this.kind} new-session failed: ${r.stderr.trim()}`);
    }
    await this.must(["new-window", "-d", "-t", `=${w.session}:`, "-n", w.name, "-c", w.cwd, ...envArgs, ...cmd, ...remain], "new-window");
  }
  async listWindows(session) {
    let gone = /no server running|error connecting to|no sessions|no current target/i, r = await this.tmux(["list-windows", "-a", "-F", FORMAT]);
    if (r.exitCode !== 0 && !gone.test(r.stderr) && (await new Promise((done) => setTimeout(done, 100)), r = await this.tmux(["list-windows", "-a", "-F", FORMAT])), r.exitCode !== 0) {
      if (gone.test(r.stderr)) return [];
      throw new OrchError("mux", `${this.kind} list-windows failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`, { hint: `check that ${this.bin} runs: ${this.bin} -V` });
    }
    return parseWindows(r.stdout, session);
  }
  async findWindow(session, name) {
    return (await this.listWindows(session)).find((w) => w.name === name);
  }
  async capture(session, name, opts = {}) {
    return this.must(["capture-pane", "-p", ...opts.escapes ? ["-e"] : [], "-t", this.target(session, name)], "capture-pane");
  }
  /**
   * One tmux client for every screen (`capture-pane ; display-message <mark> ; capture-pane ...`): dash and monitor
   * read every window each cycle, and a client process per window cost more than the captures. tmux stops at the
   * first command that fails (a window closed meanwhile); the screens before it are complete, the rest undefined.
   */
  async captureMany(targets) {
    if (this.kind !== "tmux" || targets.length < 2)
      return Promise.all(targets.map((t) => this.capture(t.session, t.name).catch(() => {
      })));
    let mark = `orch-screen-end-${process.pid}-${Math.random().toString(36).slice(2)}`, args = targets.flatMap((t, i) => [...i ? [";"] : [], "capture-pane", "-p", "-t", this.target(t.session, t.name), ";", "display-message", "-p", mark]), parts = `${(await this.tmux(args)).stdout}
`.split(`${mark}
`);
    return targets.map((_, i) => i < parts.length - 1 ? parts[i].replace(/\n$/, "") : void 0);
  }
  async windowAndScreen(session, name) {
    if (this.kind !== "tmux") {
      let window2 = await this.findWindow(session, name);
      return { window: window2, screen: window2 ? await this.capture(session, name).catch(() => "") : "" };
    }
    let mark = `orch-windows-end-${process.pid}-${Math.random().toString(36).slice(2)}`, r = await this.tmux(["list-windows", "-a", "-F", FORMAT, ";", "display-message", "-p", mark, ";", "capture-pane", "-p", "-t", this.target(session, name)]), at = r.stdout.indexOf(`${mark}
`);
    if (at < 0) {
      let window2 = await this.findWindow(session, name);
      return { window: window2, screen: window2 ? await this.capture(session, name).catch(() => "") : "" };
    }
    let window = parseWindows(r.stdout.slice(0, at), session).find((w) => w.name === name);
    return { window, screen: window && r.exitCode === 0 ? r.stdout.slice(at + mark.length + 1) : "" };
  }
  async sendLiteral(session, name, text) {
    if (text.length > 500 || text.includes(`
`)) {
      let buf = `orch-${process.pid}-${Date.now()}`;
      await this.must(["load-buffer", "-b", buf, "-"], "load-buffer", text), await this.must(["paste-buffer", "-d", "-p", "-b", buf, "-t", this.target(session, name)], "paste-buffer");
      return;
    }
    await this.must(["send-keys", "-l", "-t", this.target(session, name), text], "send-keys");
  }
  async sendKeys(session, name, keys) {
    for (let key of keys) await this.must(["send-keys", "-t", this.target(session, name), key], "send-keys");
  }
  async killWindow(session, name) {
    return (await this.tmux(["kill-window", "-t", this.target(session, name)])).exitCode === 0;
  }
  async killSession(session) {
    await this.tmux(["kill-session", "-t", `=${session}`]);
  }
  attachHint(session, name) {
    let sock = this.socket ? ` -L ${this.socket}` : "";
    return `${this.bin}${sock} attach -t ${session}${name ? `:${name}` : ""}`;
  }
};
function parseWindows(stdout, session) {
  let out = [];
  for (let line of stdout.split(`
`)) {
    if (!line) continue;
    let [s = "", name = "", id = "", dead = "0", status = "", pid = "", command = ""] = line.split("	");
    session !== void 0 && s !== session || out.push({ session: s, name, id, dead: dead === "1", deadStatus: status === "" ? void 0 : Number(status), pid: pid ? Number(pid) : void 0, command });
  }
  return out;
}

// src/adapters/remote-tmux.ts
var RemoteTmux = class extends TmuxMux {
  constructor(host, sock) {
    super("tmux", sock, "tmux");
    this.host = host;
    this.sock = sock;
  }
  host;
  sock;
  async tmux(args, input) {
    let r = await this.host.exec(["tmux", "-u", ...this.sock ? ["-L", this.sock] : [], ...args], input === void 0 ? {} : { input });
    if (sshFailed(r)) throw this.host.unreachable(r.stderr);
    return r;
  }
  async available() {
    return (await this.host.exec(["tmux", "-V"])).exitCode === 0;
  }
  /**
   * The window's environment never goes onto the remote command line (tmux -e would show an API key in the host's
   * process list): it travels over stdin into a file only the user can read, which the window sources and deletes
   * before it runs the worker.
   */
  async newWindow(w) {
    let entries = Object.entries(w.env).filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
    if (!entries.length) return super.newWindow({ ...w, env: {} });
    let file = path.posix.join(await this.host.home(), ".cache", "orch", "env", `${w.session}-${w.name}-${Date.now()}.env`);
    return await this.host.writeFile(file, entries.map(([k, v]) => `export ${k}=${(0, import_shell_quote.quote)([v])}
`).join(""), { overwrite: !0, mode: "600" }), super.newWindow({ ...w, env: {}, command: ["sh", "-c", '. "$0"; rm -f "$0"; exec "$@"', file, ...w.command] });
  }
  async listWindows(session) {
    return (await super.listWindows(session)).map((w) => ({ ...w, host: this.host.name }));
  }
  attachHint(session, name) {
    return this.host.attachArgv(session, name, this.sock).map((a) => /^[A-Za-z0-9_/.:=@%+,-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  }
}, HostMux = class {
  constructor(local, remote, hostOf, activeHosts) {
    this.local = local;
    this.remote = remote;
    this.hostOf = hostOf;
    this.activeHosts = activeHosts;
    this.kind = local.kind;
  }
  local;
  remote;
  hostOf;
  activeHosts;
  kind;
  /** Hosts the last listWindows could not reach, with why: their workers' state says so instead of "dead". */
  unreachable = /* @__PURE__ */ new Map();
  pick(name) {
    let h = this.hostOf(name);
    return h ? this.remote(h) : this.local;
  }
  available() {
    return this.local.available();
  }
  newWindow(w) {
    return this.pick(w.name).newWindow(w);
  }
  async listWindows(session) {
    let fromHost = async (h) => {
      try {
        let l = await this.remote(h).listWindows(session);
        return this.unreachable.delete(h), l;
      } catch (e) {
        return this.unreachable.set(h, e.message.split(`
`)[0]), [];
      }
    };
    return (await Promise.all([this.local.listWindows(session), ...this.activeHosts().map(fromHost)])).flatMap((l, i) => i === 0 ? l.filter((w) => !this.hostOf(w.name)) : l);
  }
  async findWindow(session, name) {
    return this.pick(name).findWindow(session, name);
  }
  capture(session, name, opts) {
    return this.pick(name).capture(session, name, opts);
  }
  sendLiteral(session, name, text) {
    return this.pick(name).sendLiteral(session, name, text);
  }
  sendKeys(session, name, keys) {
    return this.pick(name).sendKeys(session, name, keys);
  }
  killWindow(session, name) {
    return this.pick(name).killWindow(session, name);
  }
  async killSession(session) {
    await this.local.killSession(session);
  }
  attachHint(session, name) {
    return name ? this.pick(name).attachHint(session, name) : this.local.attachHint(session, name);
  }
};
function recordHost(registryDir, window) {
  try {
    let h = JSON.parse(readFileSync(path.join(registryDir, "workers", `${window}.json`), "utf8")).host;
    return typeof h == "string" && h !== LOCAL_HOST ? h : void 0;
  } catch {
    return;
  }
}
function hostMux(config, registry, local) {
  let remotes = /* @__PURE__ */ new Map(), remote = (h) => {
    let m = remotes.get(h);
    return m || remotes.set(h, m = new RemoteTmux(sshHost(config, h), config.muxSocket)), m;
  };
  return new HostMux(local, remote, (w) => recordHost(registry.dir, w), () => [...new Set(registry.listWorkers().map((r) => r.host).filter(isRemote))]);
}
function hostProblem(mux, host) {
  return host && mux instanceof HostMux ? mux.unreachable.get(host) : void 0;
}

// src/context.ts
import path3 from "node:path";

// src/adapters/headless.ts
import { spawn } from "node:child_process";
import { mkdirSync, openSync, readdirSync, readFileSync as readFileSync2, writeFileSync, rmSync, closeSync } from "node:fs";
import path2 from "node:path";
var RUNNER = "adapters/headless-runner.js", HeadlessMux = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  kind = "headless";
  file(session, name) {
    return path2.join(this.dir, `${session}__${name}.json`);
  }
  async available() {
    return !0;
  }
  async newWindow(w) {
    mkdirSync(this.dir, { recursive: !0 });
    let log = w.logFile ?? path2.join(this.dir, `${w.session}__${w.name}.log`), statusFile = this.file(w.session, w.name), env = { ...process.env, ...w.env };
    for (let k of w.unsetEnv) delete env[k];
    let fd = openSync(log, "a"), [cmd, ...args] = w.command;
    if (!cmd) throw new OrchError("mux", "headless: empty command");
    let child = spawn(process.execPath, [distScript(RUNNER), statusFile, cmd, ...args], { cwd: w.cwd, env, detached: !0, stdio: ["ignore", fd, fd] });
    if (closeSync(fd), !child.pid) throw new OrchError("mux", `headless: could not start ${cmd}`);
    let rec = { session: w.session, name: w.name, pid: child.pid, cwd: w.cwd, log };
    writeFileSync(statusFile, JSON.stringify(rec)), child.unref();
  }
  records() {
    let files = [];
    try {
      files = readdirSync(this.dir).filter((f) => f.endsWith(".json"));
    } catch {
      return [];
    }
    let out = [];
    for (let f of files)
      try {
        out.push(JSON.parse(readFileSync2(path2.join(this.dir, f), "utf8")));
      } catch {
      }
    return out;
  }
  async listWindows(session) {
    return this.records().filter((r) => session === void 0 || r.session === session).map((r) => {
      let dead = r.exitCode !== void 0 || !isAlive(r.pid);
      return { session: r.session, name: r.name, id: String(r.pid), dead, deadStatus: r.exitCode, pid: r.pid, command: "headless" };
    });
  }
  async findWindow(session, name) {
    return (await this.listWindows(session)).find((w) => w.name === name);
  }
  async capture(session, name) {
    let rec = this.records().find((r) => r.session === session && r.name === name);
    if (!rec) throw new OrchError("mux", `headless: no worker ${name}`);
    return readTail(rec.log, 16384).split(`
`).slice(-50).join(`
`);
  }
  async sendLiteral(_s, name) {
    throw new OrchError("mux", `${name} runs headless and cannot take typed input`, { hint: "install tmux to talk to workers (apt-get install tmux)" });
  }
  async sendKeys(s, name) {
    return this.sendLiteral(s, name);
  }
  async killWindow(session, name) {
    let rec = this.records().find((r) => r.session === session && r.name === name);
    if (!rec) return !1;
    if (rec.exitCode === void 0 && isAlive(rec.pid))
      try {
        process.kill(-rec.pid, "SIGTERM");
      } catch {
      }
    return rmSync(this.file(session, name), { force: !0 }), !0;
  }
  async killSession(session) {
    for (let r of this.records().filter((x) => x.session === session)) await this.killWindow(session, r.name);
  }
  attachHint(session, name) {
    return `tail -f ${path2.join(this.dir, `${session}__${name ?? "*"}.log`)}`;
  }
};

// src/context.ts
import { readFileSync as readFileSync3 } from "node:fs";
async function openProject(ctx) {
  let config = await loadConfig({ cwd: ctx.cwd, configFile: ctx.configFile, env: ctx.env });
  for (let w of config.warnings) ctx.out.warn(`${path3.relative(ctx.cwd, config.configPath) || config.configPath}: ${w}`);
  config.muxFallback && !ctx.json && ctx.out.warn(config.muxFallback), registerEnvSecrets(config);
  let registry = await Registry.open(config.repoPath);
  return { config, registry, mux: makeMux(config, registry) };
}
function registerEnvSecrets(config) {
  for (let rel of envFiles(config.layout))
    try {
      addSecretValues(envFileValues(readFileSync3(path3.join(config.repoPath, rel), "utf8")));
    } catch {
    }
}
function makeMux(config, registry) {
  let local = localMux(config, registry);
  return config.hosts?.length ? hostMux({ hosts: config.hosts, muxSocket: config.muxSocket }, registry, local) : local;
}
function localMux(config, registry) {
  return config.mux === "headless" ? new HeadlessMux(registry.headlessDir()) : config.mux === "psmux" ? new TmuxMux(process.env.ORCH_PSMUX_BIN || "psmux", config.muxSocket, "psmux") : new TmuxMux(process.env.ORCH_TMUX_BIN || "tmux", config.muxSocket, "tmux");
}
async function requireMux(mux) {
  if (!await mux.available())
    throw new OrchError("mux-missing", `${mux.kind} is not installed or not on PATH`, {
      hint: mux.kind === "psmux" ? 'install psmux (winget install psmux), or set "mux": "headless" in the config' : 'install tmux (apt-get install tmux / brew install tmux), or set "mux": "headless" in the config'
    });
}
function orchInvocation() {
  let bin = path3.join(packageRoot(), "bin", "orch.js");
  return [process.execPath, bin];
}
function workerOrchInvocation(env = process.env) {
  return process.platform === "win32" || env.ORCH_ORCH_SH === "0" ? orchInvocation() : ["sh", distScript("orch.sh")];
}
function shellQuote(args) {
  return args.map((a) => /^[A-Za-z0-9_/.:=@%+-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`).join(" ");
}

export {
  hostProblem,
  openProject,
  makeMux,
  requireMux,
  orchInvocation,
  workerOrchInvocation,
  shellQuote
};
