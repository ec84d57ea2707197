import {
  commandLine,
  groupMembers,
  procInfo
} from "./chunk-KGQECQ7J.js";
import {
  isRemote
} from "./chunk-C4EP7MAX.js";
import {
  existsSync,
  readFileSync
} from "./chunk-LKC326JV.js";
import {
  isAlive,
  run
} from "./chunk-4YZ2I25Y.js";
import {
  atomicWrite
} from "./chunk-FVQNOVXB.js";
import {
  gitTry
} from "./chunk-IIWHDVOR.js";
import {
  OrchError,
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/core/ports.ts
function portOffset(name) {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) % 1e6;
  return hash % 49 + 1;
}
function preferredPort(base, worktreeName) {
  return worktreeName === void 0 ? base : base + portOffset(worktreeName);
}
function candidatePorts(base, preferred) {
  let block = Array.from({ length: 49 }, (_, i) => base + 1 + i).filter((p) => p <= 65535), at = block.indexOf(preferred);
  return at < 0 ? block : [...block.slice(at + 1), ...block.slice(0, at)];
}
function substitutePorts(args, ports) {
  return args.map((a) => {
    let s = a.split("{port}").join(String(ports.port));
    return ports.backendPort !== void 0 && (s = s.split("{backendPort}").join(String(ports.backendPort))), s;
  });
}
function serverUrl(port, readyPath = "/") {
  return `http://localhost:${port}${readyPath.startsWith("/") ? readyPath : `/${readyPath}`}`;
}
function partsOf(part) {
  return part === "both" ? ["backend", "frontend"] : [part];
}

// src/flows/server/server-state.ts
import path from "node:path";

// src/adapters/ports.ts
import net from "node:net";
import http from "node:http";
import { readdirSync, readFileSync as readFileSync2, readlinkSync } from "node:fs";
function parseProcNetTcp(text) {
  let out = [];
  for (let line of text.split(`
`).slice(1)) {
    let f = line.trim().split(/\s+/);
    if (f.length < 10 || f[3] !== "0A") continue;
    let port = parseInt(f[1].split(":").pop() ?? "", 16);
    Number.isFinite(port) && out.push({ port, inode: f[9], uid: Number(f[7]) });
  }
  return out;
}
function readProc(file) {
  try {
    return readFileSync2(file, "utf8");
  } catch {
    return "";
  }
}
function pidsForInodes(inodes) {
  let found = /* @__PURE__ */ new Map();
  for (let d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    let fds;
    try {
      fds = readdirSync(`/proc/${d}/fd`);
    } catch {
      continue;
    }
    for (let fd of fds) {
      let target;
      try {
        target = readlinkSync(`/proc/${d}/fd/${fd}`);
      } catch {
        continue;
      }
      let m = /^socket:\[(\d+)\]$/.exec(target);
      m && inodes.has(m[1]) && !found.has(m[1]) && found.set(m[1], Number(d));
    }
    if (found.size === inodes.size) break;
  }
  return found;
}
async function findListener(port) {
  if (process.platform === "linux") {
    let socks = [...parseProcNetTcp(readProc("/proc/net/tcp")), ...parseProcNetTcp(readProc("/proc/net/tcp6"))].filter((s) => s.port === port);
    if (!socks.length) return;
    let pids = pidsForInodes(new Set(socks.map((s) => s.inode))), hit = socks.find((s) => pids.has(s.inode)), pid2 = hit ? pids.get(hit.inode) : void 0;
    return { port, pid: pid2, command: pid2 ? await commandLine(pid2) : "", uid: (hit ?? socks[0]).uid };
  }
  let r = await run("lsof", ["-nP", `-iTCP:${port}`, "-sTCP:LISTEN", "-Fpc"]), pidLine = r.stdout.split(`
`).find((l) => l.startsWith("p"));
  if (!pidLine) return;
  let pid = Number(pidLine.slice(1));
  return { port, pid, command: await commandLine(pid) || (r.stdout.split(`
`).find((l) => l.startsWith("c"))?.slice(1) ?? ""), uid: void 0 };
}
function canBind(port) {
  return new Promise((resolve) => {
    let srv = net.createServer();
    srv.once("error", () => resolve(!1)), srv.listen({ port, exclusive: !0 }, () => srv.close(() => resolve(!0)));
  });
}
async function portHolder(port) {
  let l = await findListener(port);
  return l || (await canBind(port) ? void 0 : { port, pid: void 0, command: "", uid: void 0 });
}
function describeHolder(l) {
  return l.pid ? `pid ${l.pid}${l.command ? ` (${l.command.length > 120 ? `${l.command.slice(0, 117)}...` : l.command})` : ""}` : l.uid !== void 0 && l.uid !== process.getuid?.() ? `a process of user ${l.uid} (pid not visible to us)` : "a process we cannot see";
}
function httpStatus(host, port, reqPath, timeoutMs = 2e3) {
  return new Promise((resolve) => {
    let req = http.get({ host, port, path: reqPath, timeout: timeoutMs, headers: { "user-agent": "orch-ready-probe" } }, (res) => {
      res.resume(), resolve(res.statusCode), req.destroy();
    });
    req.on("timeout", () => req.destroy()), req.on("error", () => resolve(void 0));
  });
}
async function probe(port, reqPath) {
  return await httpStatus("127.0.0.1", port, reqPath) ?? await httpStatus("::1", port, reqPath);
}

// src/flows/server/server-state.ts
var MAIN_FILE = "main-servers.json";
async function resolveTarget(project, cwd, name) {
  let { config, registry } = project;
  if (name) {
    let rec2 = registry.getWorker(name);
    if (!rec2) throw new UsageError(`no worker named ${name}`, "run `orch list` to see the names; without a name, the checkout you are in is used");
    if (isRemote(rec2.host)) return { name, label: name, dir: rec2.worktree, host: rec2.host };
    if (!existsSync(rec2.worktree)) throw new OrchError("worktree-missing", `${name}: its worktree ${rec2.worktree} is gone`, { hint: `orch close ${name}` });
    return { name, label: name, dir: rec2.worktree };
  }
  let top = (await gitTry(cwd, ["rev-parse", "--show-toplevel"])).out;
  if (top && path.resolve(top) === path.resolve(config.repoPath)) return { name: void 0, label: "main checkout", dir: config.repoPath };
  let rec = top ? registry.listWorkers().find((r) => !isRemote(r.host) && path.resolve(r.worktree) === path.resolve(top)) : void 0;
  if (rec) return { name: rec.name, label: rec.name, dir: rec.worktree };
  throw new UsageError("give a worker name, or run this inside the main checkout or a worker's worktree");
}
function readEntries(project, t) {
  if (t.name !== void 0) return project.registry.getWorker(t.name)?.server ?? [];
  let file = path.join(project.registry.dir, MAIN_FILE);
  try {
    return JSON.parse(readFileSync(file, "utf8")).server ?? [];
  } catch {
    return [];
  }
}
async function updateEntries(project, t, fn) {
  let { registry } = project;
  await registry.withLock(() => {
    if (t.name === void 0) {
      atomicWrite(path.join(registry.dir, MAIN_FILE), { server: fn(readEntries(project, t)) });
      return;
    }
    let rec = registry.getWorker(t.name);
    if (!rec) return;
    let next = fn(rec.server ?? []), { server: _old, ...rest } = rec;
    registry.putWorker(next.length ? { ...rest, server: next } : rest);
  });
}
function allEntries(project, host) {
  let main = { name: void 0, label: "main checkout", dir: project.config.repoPath }, out = host ? [] : readEntries(project, main).map((entry) => ({ target: main, entry }));
  for (let rec of project.registry.listWorkers())
    for (let entry of rec.server ?? [])
      (entry.host ?? void 0) === host && out.push({ target: { name: rec.name, label: rec.name, dir: rec.worktree, ...entry.host ? { host: entry.host } : {} }, entry });
  return out;
}
async function isOurs(entry) {
  let info = await procInfo(entry.pid);
  if (info) return info.pgid === entry.pid && (entry.procStart === void 0 || info.startToken === entry.procStart);
  let members = await groupMembers(entry.pid);
  return members.length > 0 && members.every((m) => m.sid === entry.pid);
}
async function ownerOfPort(project, port) {
  let holder = await portHolder(port);
  if (!holder) return { kind: "free" };
  let info = holder.pid ? await procInfo(holder.pid) : void 0;
  if (info) {
    for (let { target, entry } of allEntries(project))
      if (info.pgid === entry.pid && await isOurs(entry)) return { kind: "orch", target, entry, holder };
  }
  return { kind: "foreign", holder };
}
function serverInfo(rec) {
  return (rec.server ?? []).map((s) => ({ part: s.part, port: s.port, url: serverUrl(s.port), pid: s.pid, running: s.host ? !0 : isAlive(s.pid), log: s.log }));
}

export {
  preferredPort,
  candidatePorts,
  substitutePorts,
  serverUrl,
  partsOf,
  findListener,
  describeHolder,
  probe,
  resolveTarget,
  readEntries,
  updateEntries,
  allEntries,
  isOurs,
  ownerOfPort,
  serverInfo
};
