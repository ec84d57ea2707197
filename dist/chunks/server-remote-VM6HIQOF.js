import {
  allEntries,
  candidatePorts,
  partsOf,
  preferredPort,
  readEntries,
  serverUrl,
  substitutePorts,
  updateEntries
} from "./chunk-UNCGYCQB.js";
import "./chunk-KGQECQ7J.js";
import {
  remoteStateDir
} from "./chunk-PXCXQY5C.js";
import "./chunk-AV3MXERG.js";
import "./chunk-2Y7JVHO3.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TDO7NP2K.js";
import {
  sshFailed,
  sshHost
} from "./chunk-C4EP7MAX.js";
import "./chunk-LKC326JV.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-4YZ2I25Y.js";
import "./chunk-SFWOOGXY.js";
import "./chunk-FVQNOVXB.js";
import "./chunk-IIWHDVOR.js";
import "./chunk-R2EOHSIJ.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-WQ4YNIWE.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";

// src/flows/server/server-remote.ts
import path from "node:path";
var posix = path.posix, START = [
  'cd "$1" || exit 3',
  'log="$2"; export PORT="$3"; shift 3',
  'mkdir -p "$(dirname "$log")" || exit 3',
  'setsid "$@" >>"$log" 2>&1 </dev/null &',
  "pid=$!",
  'st=$(sed "s/.*) //" "/proc/$pid/stat" 2>/dev/null | cut -d" " -f20)',
  'echo "$pid $st"'
].join(`
`), PROBE = String.raw`
const fs = require('fs'), http = require('http');
const a = JSON.parse(process.argv[1]);
const stat = (p) => { try { const t = fs.readFileSync('/proc/' + p + '/stat', 'utf8'); const f = t.slice(t.lastIndexOf(')') + 2).split(' '); return { pid: +p, state: f[0], pgid: +f[2], sid: +f[3], start: f[19] }; } catch { return undefined; } };
const pids = () => fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
const members = (g) => pids().map(stat).filter((s) => s && s.pgid === g && s.state !== 'Z');
const ours = () => {
  if (!(a.pid > 0)) return false;
  const s = stat(a.pid);
  if (s && s.state !== 'Z') return s.pgid === a.pid && (!a.start || s.start === a.start);
  const m = members(a.pid);
  return m.length > 0 && m.every((x) => x.sid === a.pid);
};
const holder = () => {
  if (!a.port) return null;
  const inodes = new Set();
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let t = ''; try { t = fs.readFileSync(f, 'utf8'); } catch {}
    for (const l of t.split('\n').slice(1)) {
      const c = l.trim().split(/\s+/);
      if (c.length > 9 && c[3] === '0A' && parseInt(c[1].split(':').pop(), 16) === a.port) inodes.add(c[9]);
    }
  }
  if (!inodes.size) return null;
  for (const d of pids()) {
    let fds; try { fds = fs.readdirSync('/proc/' + d + '/fd'); } catch { continue; }
    for (const fd of fds) {
      let l; try { l = fs.readlinkSync('/proc/' + d + '/fd/' + fd); } catch { continue; }
      const m = /^socket:\[(\d+)\]$/.exec(l);
      if (m && inodes.has(m[1])) {
        let command = ''; try { command = fs.readFileSync('/proc/' + d + '/cmdline', 'utf8').split('\0').filter(Boolean).join(' '); } catch {}
        const s = stat(d);
        return { pid: +d, pgid: s ? s.pgid : null, command };
      }
    }
  }
  return { pid: null, pgid: null, command: '' };
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const get = () => new Promise((res) => {
  const q = http.get({ host: '127.0.0.1', port: a.port, path: a.path || '/', timeout: 2000 }, (r) => { r.resume(); res(r.statusCode); });
  q.on('timeout', () => { q.destroy(); res(null); });
  q.on('error', () => res(null));
});
(async () => {
  if (a.mode === 'stop') {
    if (!ours()) { console.log(JSON.stringify({ ours: false, left: [] })); return; }
    const left = () => members(a.pid).map((s) => s.pid);
    for (const sig of ['SIGTERM', 'SIGKILL']) {
      try { process.kill(-a.pid, sig); } catch {}
      for (let i = 0; i < 25 && left().length; i++) await sleep(200);
      if (!left().length) break;
    }
    console.log(JSON.stringify({ ours: true, left: left() }));
    return;
  }
  const h = holder();
  const isOurs = ours();
  const alive = a.pid > 0 ? members(a.pid).length > 0 : false;
  console.log(JSON.stringify({ ours: isOurs, alive, holder: h, http: h ? await get() : null }));
})();
`;
async function node(h, arg, what) {
  let r = await h.exec(["node", "-e", PROBE, JSON.stringify(arg)], { timeoutMs: 3e4 });
  if (sshFailed(r)) throw h.unreachable(r.stderr);
  if (r.exitCode !== 0) throw new OrchError("remote", `${h.name}: ${what} failed: ${(r.stderr || r.stdout).trim().split(`
`).slice(-3).join(" | ") || `exit ${r.exitCode}`}`);
  return JSON.parse(r.stdout.trim().split(`
`).pop());
}
function probe(project, h, port, entry) {
  return node(h, { mode: "probe", pid: entry?.pid ?? 0, start: entry?.procStart ?? "", port, path: project.config.devServer.readyPath }, `probing port ${port}`);
}
function hostOf(project, t) {
  return sshHost(project.config, t.host);
}
function basePort(project, part) {
  return part === "frontend" ? project.config.devServer.port : project.config.devServer.backendPort;
}
var up = (http) => http != null && http < 500 ? "UP" : "DOWN";
async function remoteCommand(project, h, t, part, ports) {
  let { config } = project, layoutDir = config.layout.type === "monorepo-split" ? config.layout.parts.find((p) => p.name === "backend")?.path : void 0, cwd = part === "frontend" ? posix.join(t.dir, config.devServer.dir) : posix.join(t.dir, layoutDir ?? "."), configured = part === "frontend" ? config.devServer.cmd : config.devServer.backendCmd;
  if (configured?.length) return { argv: substitutePorts(configured, ports), cwd };
  let dev = !1;
  try {
    dev = !!JSON.parse(await h.readFile(posix.join(cwd, "package.json")) ?? "{}").scripts?.dev;
  } catch {
    dev = !1;
  }
  if (dev) return { argv: ["npm", "run", "dev"], cwd };
  let key = part === "frontend" ? "devServer.cmd" : "devServer.backendCmd";
  throw new OrchError("no-server-command", `no ${part} dev server command for ${t.label} on ${h.name}: ${key} is not set and ${cwd} there has no package.json "dev" script`, {
    hint: `set ${key} in .claude/session-plugin.json, e.g. ["npm", "run", "dev", "--", "--port", "{port}"]`,
    exitCode: 2
  });
}
function ownerOf(t, p, others) {
  if (!p.holder) return { owner: "none", pid: void 0 };
  let holder = { pid: p.holder.pid ?? void 0, command: p.holder.command }, o = others.find((x) => p.holder.pgid !== null && x.entry.pid === p.holder.pgid);
  if (!o) return { owner: "foreign", holder, pid: holder.pid };
  let mine = o.target.name === t.name;
  return { owner: mine ? "this worktree" : "another worktree", ...mine ? {} : { ownerName: o.target.label }, holder, pid: o.entry.pid };
}
async function startRemoteServers(project, t, o) {
  let out = [];
  for (let part of partsOf(o.part)) out.push(await startOne(project, t, part, o));
  return out;
}
async function startOne(project, t, part, o) {
  let h = hostOf(project, t), existing = readEntries(project, t).find((e) => e.part === part);
  if (existing) {
    let p = await probe(project, h, existing.port, existing);
    if (p.ours) return { part, port: existing.port, url: serverUrl(existing.port), state: up(p.http), http: p.http ?? void 0, pid: existing.pid, owner: "this worktree", log: existing.log, note: `already running on ${h.name}` };
    await updateEntries(project, t, (es) => es.filter((e) => e.part !== part));
  }
  let base = basePort(project, part), preferred = preferredPort(base, t.name), others = allEntries(project, h.name).filter((x) => x.target.name !== t.name), claimed = new Set(others.map((x) => x.entry.port)), first = await probe(project, h, preferred), port = !first.holder && !claimed.has(preferred) ? preferred : void 0;
  if (port === void 0) {
    if (!o.nextFree) {
      let who = first.holder ? ownerOf(t, first, others) : void 0, by = who?.ownerName ? `the server of ${who.ownerName}` : first.holder ? `pid ${first.holder.pid ?? "?"} (${first.holder.command || "unknown command"})` : "another orch server that is starting";
      throw new OrchError("port-taken", `${t.label} ${part}: port ${preferred} on ${h.name} is taken by ${by}`, {
        hint: `orch picks nothing silently: stop that process, or run again with --next-free to take the next free port in ${base + 1}-${base + 49}`
      });
    }
    for (let p of candidatePorts(base, preferred))
      if (!claimed.has(p) && !(await probe(project, h, p)).holder) {
        port = p;
        break;
      }
    if (port === void 0) throw new OrchError("no-free-port", `${t.label} ${part}: every port in ${base + 1}-${base + 49} is taken on ${h.name}`, { hint: "stop servers you no longer need" });
  }
  let backendPort = part === "frontend" ? readEntries(project, t).find((e) => e.part === "backend")?.port ?? preferredPort(basePort(project, "backend"), t.name) : port, sc = await remoteCommand(project, h, t, part, { port, backendPort }), log = posix.join(await remoteStateDir(h), "logs", `${t.name}.${part}.log`);
  o.log(`${t.label} ${part}: ${sc.argv.join(" ")} on ${h.name} port ${port} (log ${h.name}:${log})`);
  let r = await h.exec(["sh", "-c", START, "sh", sc.cwd, log, String(port), ...sc.argv]);
  if (sshFailed(r)) throw h.unreachable(r.stderr);
  let m = /^(\d+)\s*(\S*)/.exec(r.stdout.trim());
  if (r.exitCode !== 0 || !m) throw new OrchError("remote", `${h.name}: could not start the ${part} dev server in ${sc.cwd}: ${(r.stderr || r.stdout).trim() || `exit ${r.exitCode}`}`);
  let pid = Number(m[1]), entry = { part, port, pid, log, started: (/* @__PURE__ */ new Date()).toISOString(), host: h.name, ...m[2] ? { procStart: m[2] } : {} };
  await updateEntries(project, t, (es) => [...es.filter((e) => e.part !== part), entry]);
  let { readyPath, readyTimeoutSec } = project.config.devServer, until = Date.now() + readyTimeoutSec * 1e3, why;
  for (; ; ) {
    let p = await probe(project, h, port, entry);
    if (p.http !== null && p.http < 500 && p.holder?.pgid === pid) return { part, port, url: serverUrl(port), state: "UP", http: p.http, pid, owner: "this worktree", log, note: `on ${h.name}` };
    if (!p.alive) {
      why = `the server exited before answering on port ${port} of ${h.name}`;
      break;
    }
    if (Date.now() >= until) {
      why = `no answer below 500 from ${serverUrl(port, readyPath)} on ${h.name} within ${readyTimeoutSec}s${p.http !== null ? ` (last status ${p.http})` : ""}`;
      break;
    }
    await new Promise((res) => setTimeout(res, 300));
  }
  let tail = (await h.exec(["tail", "-n", "30", log])).stdout.replace(/\n$/, "");
  throw await node(h, { mode: "stop", pid, start: entry.procStart ?? "" }, "stopping the server"), await updateEntries(project, t, (es) => es.filter((e) => e.pid !== pid)), new OrchError("server-not-ready", `${t.label} ${part}: ${why}; stopped it.
--- last 30 lines of ${h.name}:${log} ---
${tail}
---`, {
    hint: "fix the command (devServer.cmd / backendCmd, which must listen on $PORT) or raise devServer.readyTimeoutSec"
  });
}
async function checkRemoteServers(project, t, o) {
  let h = hostOf(project, t), all = allEntries(project, h.name), out = [];
  for (let part of partsOf(o.part)) {
    let entry = readEntries(project, t).find((e) => e.part === part), port = entry?.port ?? preferredPort(basePort(project, part), t.name), p = await probe(project, h, port, entry), stale = entry && !p.ours ? `recorded pid ${entry.pid} is no longer running on ${h.name}` : void 0;
    out.push({ part, port, url: serverUrl(port), state: up(p.http), http: p.http ?? void 0, ...ownerOf(t, p, all), ...entry ? { log: entry.log } : {}, note: stale ?? `on ${h.name}` });
  }
  return out;
}
async function stopRemoteEntry(project, t, entry) {
  let h = sshHost(project.config, entry.host ?? t.host), r = await node(h, { mode: "stop", pid: entry.pid, start: entry.procStart ?? "" }, `stopping the ${entry.part} dev server`);
  if (r.left.length) throw new OrchError("stop-failed", `${t.label} ${entry.part}: processes ${r.left.join(", ")} of our group ${entry.pid} on ${h.name} did not exit`, { hint: "they ignore SIGTERM and SIGKILL: check them with ps on the host" });
  return await updateEntries(project, t, (es) => es.filter((e) => !(e.part === entry.part && e.pid === entry.pid))), r.ours ? "stopped" : "not-running";
}
async function stopRemoteServers(project, t, o) {
  let h = hostOf(project, t), out = [];
  for (let part of partsOf(o.part)) {
    let entry = readEntries(project, t).find((e) => e.part === part), port = entry?.port ?? preferredPort(basePort(project, part), t.name);
    if (entry && await stopRemoteEntry(project, t, entry) === "stopped") {
      out.push({ part, port, result: "stopped", pid: entry.pid, message: `${t.label} ${part}: stopped (process group ${entry.pid} on ${h.name}, port ${port})` });
      continue;
    }
    let p = await probe(project, h, port);
    if (!p.holder) out.push({ part, port, result: "not-running", pid: void 0, message: `${t.label} ${part}: not running (port ${port} on ${h.name} is free)` });
    else {
      let who = ownerOf(t, p, allEntries(project, h.name)), by = who.ownerName ? `the server of ${who.ownerName}` : `pid ${p.holder.pid ?? "?"} (${p.holder.command || "unknown command"})`;
      out.push({ part, port, result: "not-ours", pid: p.holder.pid ?? void 0, message: `${t.label} ${part}: port ${port} on ${h.name} is held by ${by}: not ours, left alone` });
    }
  }
  return out;
}
export {
  checkRemoteServers,
  startRemoteServers,
  stopRemoteEntry,
  stopRemoteServers
};
