import {
  isInside
} from "./chunk-AV3MXERG.js";
import {
  run
} from "./chunk-4YZ2I25Y.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";

// src/adapters/processes.ts
import { spawn } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
var LINUX = process.platform === "linux";
function parseStat(text) {
  let open = text.indexOf("("), close = text.lastIndexOf(")");
  if (open < 0 || close < 0) return;
  let pid = Number(text.slice(0, open).trim()), f = text.slice(close + 2).split(" "), [state = "?", ppid = "0", pgid = "0", sid = "0"] = f;
  return { pid, ppid: Number(ppid), pgid: Number(pgid), sid: Number(sid), state, startToken: f[19] ?? "", ticks: Number(f[11]) + Number(f[12]) };
}
function linuxInfo(pid) {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return;
  }
}
function cpuTicks(pid) {
  if (!LINUX || !pid || !Number.isInteger(pid) || pid <= 0) return;
  let i = linuxInfo(pid);
  return i && i.state !== "Z" ? i.ticks : void 0;
}
async function procInfo(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return;
  if (LINUX) {
    let i = linuxInfo(pid);
    return i && i.state !== "Z" ? i : void 0;
  }
  let r = await run("ps", ["-o", "pid=,ppid=,pgid=,sess=,state=,lstart=", "-p", String(pid)]);
  return r.exitCode === 0 ? parsePsLine(r.stdout.trim()) : void 0;
}
function parsePsLine(line) {
  let m = /^(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(.+)$/.exec(line.trim());
  if (!(!m || m[5].startsWith("Z")))
    return { pid: Number(m[1]), ppid: Number(m[2]), pgid: Number(m[3]), sid: Number(m[4]), state: m[5], startToken: m[6].trim() };
}
async function groupMembers(pgid) {
  if (LINUX) {
    let out = [];
    for (let d of readdirSync("/proc")) {
      if (!/^\d+$/.test(d)) continue;
      let i = linuxInfo(Number(d));
      i && i.pgid === pgid && i.state !== "Z" && out.push(i);
    }
    return out;
  }
  return (await run("ps", ["-A", "-o", "pid=,ppid=,pgid=,sess=,state=,lstart="])).stdout.split(`
`).map(parsePsLine).filter((i) => !!i && i.pgid === pgid);
}
async function commandLine(pid) {
  if (LINUX)
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
    } catch {
      return "";
    }
  let r = await run("ps", ["-o", "command=", "-p", String(pid)]);
  return r.exitCode === 0 ? r.stdout.trim() : "";
}
async function spawnDetached(cmd, args, o) {
  let fd = openSync(o.logFile, "w");
  try {
    let child = spawn(cmd, args, { cwd: o.cwd, env: o.env, detached: !0, stdio: ["ignore", fd, fd] });
    return await new Promise((resolve, reject) => {
      child.once("spawn", () => resolve()), child.once("error", (e) => reject(new OrchError("spawn-failed", `could not start ${cmd}: ${e.message}`, { hint: "check devServer.cmd in the config (an argument array; the program must be on PATH)" })));
    }), child.unref(), child.pid;
  } finally {
    closeSync(fd);
  }
}
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
  }
}
function signalPid(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
  }
}
async function waitUntil(gone, ms, pollMs = 100) {
  let until = Date.now() + ms;
  for (; ; ) {
    if (await gone()) return !0;
    if (Date.now() >= until) return !1;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
async function endGroup(pgid, graceMs = 5e3) {
  if (process.platform === "win32")
    return await run("taskkill", ["/PID", String(pgid), "/T", "/F"]), await procInfo(pgid) ? [pgid] : [];
  let empty = async () => (await groupMembers(pgid)).length === 0;
  return signalGroup(pgid, "SIGTERM"), await waitUntil(empty, graceMs) ? [] : (signalGroup(pgid, "SIGKILL"), await waitUntil(empty, 2e3), (await groupMembers(pgid)).map((m) => m.pid));
}
async function endPid(pid, graceMs = 5e3) {
  let gone = async () => !await procInfo(pid);
  return signalPid(pid, "SIGTERM"), await waitUntil(gone, graceMs) ? !0 : (signalPid(pid, "SIGKILL"), waitUntil(gone, 2e3));
}
async function processesInside(dir) {
  if (!LINUX) return [];
  let out = [];
  for (let d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    let cwd;
    try {
      cwd = readlinkSync(`/proc/${d}/cwd`);
    } catch {
      continue;
    }
    isInside(cwd, dir) && out.push({ pid: Number(d), command: await commandLine(Number(d)) });
  }
  return out;
}

export {
  cpuTicks,
  procInfo,
  groupMembers,
  commandLine,
  spawnDetached,
  endGroup,
  endPid,
  processesInside
};
