import {
  run
} from "./chunk-4YZ2I25Y.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";
import {
  require_shell_quote
} from "./chunk-HJUAAMKQ.js";
import {
  __toESM
} from "./chunk-LHO2KLC4.js";

// src/adapters/ssh.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);
import os from "node:os";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { spawn } from "node:child_process";
var LOCAL_HOST = "local";
function parseSshSpec(spec) {
  let m = /^(?:([A-Za-z0-9_][A-Za-z0-9._-]*)@)?([A-Za-z0-9_][A-Za-z0-9._-]*)(?::(\d{1,5}))?$/.exec(spec.trim());
  if (!m) throw new OrchError("config", `ssh "${spec}" is not user@host[:port]`, { exitCode: 2, hint: 'example: "ssh": "dev@build-1.example.com:2222"' });
  return { user: m[1], host: m[2], port: m[3] ? Number(m[3]) : void 0 };
}
function remoteCommand(argv) {
  if (!argv.length) throw new Error("empty remote command");
  return (0, import_shell_quote.quote)(argv);
}
function controlDir(env = process.env) {
  return env.ORCH_SSH_CONTROL_DIR || path.join(os.tmpdir(), `orch-ssh-${process.getuid?.() ?? "u"}`);
}
function sshArgs(h, ctlDir, o = {}) {
  let d = parseSshSpec(h.ssh);
  return [
    ...o.tty ? ["-t"] : [],
    "-o",
    "BatchMode=yes",
    "-o",
    "ControlMaster=auto",
    "-o",
    `ControlPath=${path.join(ctlDir, "%C")}`,
    "-o",
    "ControlPersist=60",
    "-o",
    "ServerAliveInterval=5",
    "-o",
    "ServerAliveCountMax=3",
    ...d.port ? ["-p", String(d.port)] : [],
    ...h.identityFile ? ["-i", h.identityFile.replace(/^~(?=\/)/, os.homedir())] : [],
    ...h.sshOptions.flatMap((x) => ["-o", x]),
    d.user ? `${d.user}@${d.host}` : d.host
  ];
}
var SshHost = class {
  constructor(config, env = process.env) {
    this.config = config;
    this.ctlDir = controlDir(env);
  }
  config;
  homeDir;
  ctlDir;
  get name() {
    return this.config.name;
  }
  /** Runs argv on the host; never throws on a non-zero exit (255 is ssh's own failure). */
  async exec(argv, o = {}) {
    mkdirSync(this.ctlDir, { recursive: !0, mode: 448 });
    let args = [...sshArgs(this.config, this.ctlDir), "--", remoteCommand(argv)];
    return run("ssh", args, { ...o.input !== void 0 ? { input: o.input } : {}, timeoutMs: o.timeoutMs ?? 6e4 });
  }
  /** exec with stdout as raw bytes (byte offsets into remote files must count bytes, not characters). */
  execBytes(argv, o = {}) {
    mkdirSync(this.ctlDir, { recursive: !0, mode: 448 });
    let args = [...sshArgs(this.config, this.ctlDir), "--", remoteCommand(argv)];
    return new Promise((resolve) => {
      let out = [], err = "", done = !1, child = spawn("ssh", args, { stdio: ["ignore", "pipe", "pipe"], windowsHide: !0 }), timer = setTimeout(() => child.kill("SIGTERM"), o.timeoutMs ?? 3e4), finish = (exitCode) => {
        done || (done = !0, clearTimeout(timer), resolve({ exitCode, stdout: Buffer.concat(out), stderr: err }));
      };
      child.stdout.on("data", (c) => out.push(c)), child.stderr.on("data", (c) => err += c.toString("utf8")), child.on("error", (e) => {
        err += e.message, finish(255);
      }), child.on("close", (code) => finish(code ?? 255));
    });
  }
  /** exec, throwing one clear line when the command (or ssh) fails. */
  async must(argv, what, o = {}) {
    let r = await this.exec(argv, o);
    if (sshFailed(r)) throw this.unreachable(r.stderr);
    if (r.exitCode !== 0) throw new OrchError("remote", `${this.name}: ${what} failed: ${(r.stderr || r.stdout).trim().split(`
`).slice(-3).join(" | ") || `exit ${r.exitCode}`}`);
    return r.stdout;
  }
  unreachable(stderr) {
    return new OrchError("ssh", `cannot reach host ${this.name} (${this.config.ssh}): ${stderr.trim().split(`
`).pop() || "ssh failed"}`, {
      hint: `check it by hand: ssh ${this.config.ssh.replace(/:(\d+)$/, " -p $1")} true`
    });
  }
  /**
   * A fixed script run by `sh -c` with its data as positional parameters ("$1", "$2", ...): the script is a constant
   * of orch's source, the data never becomes shell syntax.
   */
  script(script, args, o = {}) {
    return this.exec(["sh", "-c", script, "sh", ...args], o);
  }
  async home() {
    return this.homeDir || (this.homeDir = (await this.must(["sh", "-c", 'printf %s "$HOME"'], "reading $HOME")).trim()), this.homeDir;
  }
  /** Writes a file on the host (its directory created); with `overwrite: false` an existing file is kept. Returns whether it wrote. */
  async writeFile(file, content, o = { overwrite: !0 }) {
    let r = await this.script(
      // umask 077: the file (an env file, a worker's environment) is never readable by others, not even for a moment.
      'umask 077; mkdir -p "$(dirname "$1")" || exit 1; if [ "$2" = keep ] && [ -e "$1" ]; then echo kept; exit 0; fi; cat > "$1.orch-tmp" && { [ -z "$3" ] || chmod "$3" "$1.orch-tmp"; } && mv -f "$1.orch-tmp" "$1" && echo wrote',
      [file, o.overwrite ? "replace" : "keep", o.mode ?? ""],
      { input: content }
    );
    if (sshFailed(r)) throw this.unreachable(r.stderr);
    if (r.exitCode !== 0) throw new OrchError("remote", `${this.name}: cannot write ${file}: ${r.stderr.trim()}`);
    return r.stdout.trim() === "wrote";
  }
  /** A file's text, or undefined when it does not exist. */
  async readFile(file) {
    let r = await this.script('[ -e "$1" ] || { echo missing >&2; exit 3; }; cat "$1"', [file]);
    if (r.exitCode !== 3) {
      if (sshFailed(r)) throw this.unreachable(r.stderr);
      if (r.exitCode !== 0) throw new OrchError("remote", `${this.name}: cannot read ${file}: ${r.stderr.trim()}`);
      return r.stdout;
    }
  }
  /** The exact local command line that attaches a terminal to a window on this host. */
  attachArgv(session, window, socket) {
    return ["ssh", ...sshArgs(this.config, this.ctlDir, { tty: !0 }), "--", remoteCommand(["tmux", "-u", ...socket ? ["-L", socket] : [], "attach", "-t", window ? `=${session}:=${window}` : `=${session}`])];
  }
  /** Pid of this host's ControlMaster, when one runs. */
  async masterPid() {
    let r = await run("ssh", ["-O", "check", ...sshArgs(this.config, this.ctlDir)]), m = /pid=(\d+)/.exec(r.stderr + r.stdout);
    return m ? Number(m[1]) : void 0;
  }
}, hostCache = /* @__PURE__ */ new Map();
function sshHost(config, name) {
  let h = config.hosts.find((x) => x.name === name);
  if (!h)
    throw new OrchError("unknown-host", `no host named ${name} in the config`, { exitCode: 2, hint: `hosts: ${[LOCAL_HOST, ...config.hosts.map((x) => x.name)].join(", ")}` });
  let key = JSON.stringify(h), s = hostCache.get(key);
  return s || hostCache.set(key, s = new SshHost(h)), s;
}
function sshFailed(r) {
  return r.exitCode === 255 && /(^|\n)ssh: |kex_exchange|Connection (refused|closed|reset|timed out)|Connection to \S+ closed|Could not resolve|Permission denied \(|Host key verification failed|mux_client|Control ?socket|ssh_exchange_identification|banner exchange/i.test(r.stderr);
}
function isRemote(host) {
  return host !== void 0 && host !== LOCAL_HOST;
}

export {
  LOCAL_HOST,
  sshHost,
  sshFailed,
  isRemote
};
