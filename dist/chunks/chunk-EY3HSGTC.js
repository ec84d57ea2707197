import {
  allEntries,
  candidatePorts,
  describeHolder,
  findListener,
  isOurs,
  ownerOfPort,
  partsOf,
  preferredPort,
  probe,
  readEntries,
  serverUrl,
  substitutePorts,
  updateEntries
} from "./chunk-UNCGYCQB.js";
import {
  endGroup,
  endPid,
  groupMembers,
  procInfo,
  spawnDetached
} from "./chunk-KGQECQ7J.js";
import {
  readTail
} from "./chunk-RFRHITKX.js";
import {
  existsSync,
  readFileSync
} from "./chunk-LKC326JV.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";

// src/flows/server/server.ts
import path2 from "node:path";

// src/flows/server/server-command.ts
import path from "node:path";
function partDir(config, checkout, part) {
  if (part === "frontend") return path.join(checkout, config.devServer.dir);
  let fromLayout = config.layout.type === "monorepo-split" ? config.layout.parts.find((p) => p.name === "backend")?.path : void 0;
  return fromLayout ? path.join(checkout, fromLayout) : existsSync(path.join(checkout, "backend")) ? path.join(checkout, "backend") : checkout;
}
function devScript(dir) {
  try {
    if (!JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).scripts?.dev) return;
  } catch {
    return;
  }
  return [existsSync(path.join(dir, "pnpm-lock.yaml")) ? "pnpm" : existsSync(path.join(dir, "yarn.lock")) ? "yarn" : "npm", "run", "dev"];
}
function serverCommand(config, checkout, part, ports) {
  let cwd = partDir(config, checkout, part), configured = part === "frontend" ? config.devServer.cmd : config.devServer.backendCmd;
  if (configured?.length) {
    let [cmd, ...args] = substitutePorts(configured, ports);
    return { cmd, args, cwd, source: "config" };
  }
  let script = devScript(cwd);
  if (script) return { cmd: script[0], args: script.slice(1), cwd, source: "detected" };
  if (part === "backend") {
    let venv = config.layout.type === "monorepo-split" ? config.layout.parts.find((p) => p.name === "backend")?.pythonVenv : void 0, python = venv ? path.join(checkout, venv, process.platform === "win32" ? "Scripts/python.exe" : "bin/python") : void 0;
    if (python && existsSync(python) && existsSync(path.join(cwd, "main.py")))
      return { cmd: python, args: ["-m", "uvicorn", "main:app", "--host", "127.0.0.1", "--port", String(ports.port)], cwd, source: "detected" };
  }
  let key = part === "frontend" ? "devServer.cmd" : "devServer.backendCmd";
  throw new OrchError("no-server-command", `no ${part} dev server command for ${checkout}: ${key} is not set and ${cwd} has no package.json "dev" script`, {
    hint: `set ${key} in .claude/session-plugin.json, e.g. ["npm", "run", "dev", "--", "--port", "{port}"]`,
    exitCode: 2
  });
}

// src/flows/server/server.ts
function basePort(project, part) {
  return part === "frontend" ? project.config.devServer.port : project.config.devServer.backendPort;
}
function portFor(project, t, part) {
  return readEntries(project, t).find((e) => e.part === part)?.port ?? preferredPort(basePort(project, part), t.name);
}
function ownerLabel(t, o) {
  if (o.kind === "free") return { owner: "none", pid: void 0 };
  let holder = { pid: o.holder.pid, command: o.holder.command };
  if (o.kind === "foreign") return { owner: "foreign", holder, pid: o.holder.pid };
  let mine = o.target.name === t.name;
  return { owner: mine ? "this worktree" : o.target.name === void 0 ? "main checkout" : "another worktree", ...mine ? {} : { ownerName: o.target.label }, holder, pid: o.entry.pid };
}
function takenMessage(t, part, port, o) {
  let who = o.kind === "orch" ? `the ${o.entry.part} server of ${o.target.label} (${describeHolder(o.holder)})` : o.kind === "foreign" ? describeHolder(o.holder) : "another orch server that is starting";
  return `${t.label} ${part}: port ${port} is taken by ${who}`;
}
async function choosePort(project, t, part, nextFree) {
  let base = basePort(project, part), preferred = preferredPort(base, t.name), claimed = /* @__PURE__ */ new Set();
  for (let { target, entry } of allEntries(project)) target.name !== t.name && await isOurs(entry) && claimed.add(entry.port);
  let owner = await ownerOfPort(project, preferred);
  if (owner.kind === "free" && !claimed.has(preferred)) return preferred;
  if (!nextFree)
    throw new OrchError("port-taken", takenMessage(t, part, preferred, owner), {
      hint: `orch picks nothing silently: stop that process, or run again with --next-free to take the next free port in ${base + 1}-${base + 49}`
    });
  for (let p of candidatePorts(base, preferred))
    if (!claimed.has(p) && (await ownerOfPort(project, p)).kind === "free") return p;
  throw new OrchError("no-free-port", `${t.label} ${part}: every port in ${base + 1}-${base + 49} is taken`, { hint: "stop servers you no longer need (`orch server check <name>` shows who holds what)" });
}
async function groupGone(pgid) {
  return !await procInfo(pgid) && (await groupMembers(pgid)).length === 0;
}
async function listenerIsOurs(port, pgid) {
  let l = await findListener(port);
  return (l?.pid ? await procInfo(l.pid) : void 0)?.pgid === pgid ? l : void 0;
}
async function startServers(project, t, o) {
  if (t.host) return (await import("./server-remote-VM6HIQOF.js")).startRemoteServers(project, t, o);
  let out = [];
  for (let part of partsOf(o.part)) out.push(await startOne(project, t, part, o));
  return out;
}
async function startOne(project, t, part, o) {
  let { config, registry } = project, existing = readEntries(project, t).find((e) => e.part === part);
  if (existing && await isOurs(existing)) {
    let http = await probe(existing.port, config.devServer.readyPath);
    return { part, port: existing.port, url: serverUrl(existing.port), state: http !== void 0 && http < 500 ? "UP" : "DOWN", http, pid: existing.pid, owner: "this worktree", log: existing.log, note: "already running" };
  }
  existing && await updateEntries(project, t, (es) => es.filter((e) => e.part !== part));
  let port = await choosePort(project, t, part, o.nextFree), backendPort = part === "frontend" ? portFor(project, t, "backend") : port, sc = serverCommand(config, t.dir, part, { port, backendPort }), log = path2.join(registry.logsDir(), `${t.name ?? "_main"}.${part}.log`);
  o.log(`${t.label} ${part}: ${[sc.cmd, ...sc.args].join(" ")} on port ${port} (log ${log})`);
  let pid = await spawnDetached(sc.cmd, sc.args, { cwd: sc.cwd, env: { ...process.env, PORT: String(port) }, logFile: log }), procStart = (await procInfo(pid))?.startToken, entry = { part, port, pid, log, started: (/* @__PURE__ */ new Date()).toISOString(), ...procStart ? { procStart } : {} };
  await updateEntries(project, t, (es) => [...es.filter((e) => e.part !== part), entry]);
  let ready = await waitReady(project, port, pid);
  if (ready.ok) return { part, port, url: serverUrl(port), state: "UP", http: ready.http, pid, owner: "this worktree", log };
  let tail = readTail(log, 64 * 1024).replace(/\n$/, "").split(`
`).slice(-30).join(`
`);
  throw await endGroup(pid), await updateEntries(project, t, (es) => es.filter((e) => e.pid !== pid)), new OrchError("server-not-ready", `${t.label} ${part}: ${ready.why}; stopped it.
--- last 30 lines of ${log} ---
${tail}
---`, {
    hint: "fix the command (devServer.cmd / backendCmd, which must listen on $PORT) or raise devServer.readyTimeoutSec"
  });
}
async function waitReady(project, port, pid) {
  let { readyPath, readyTimeoutSec } = project.config.devServer, until = Date.now() + readyTimeoutSec * 1e3;
  for (; ; ) {
    let http = await probe(port, readyPath);
    if (http !== void 0 && http < 500 && await listenerIsOurs(port, pid)) return { ok: !0, http };
    if (await groupGone(pid)) return { ok: !1, why: `the server exited before answering on ${serverUrl(port, readyPath)}` };
    if (Date.now() >= until)
      return { ok: !1, why: `no answer below 500 from ${serverUrl(port, readyPath)} within ${readyTimeoutSec}s${http !== void 0 ? ` (last status ${http})` : ""}` };
    await new Promise((r) => setTimeout(r, 300));
  }
}
async function checkServers(project, t, o) {
  if (t.host) return (await import("./server-remote-VM6HIQOF.js")).checkRemoteServers(project, t, o);
  let out = [];
  for (let part of partsOf(o.part)) {
    let entry = readEntries(project, t).find((e) => e.part === part), port = entry?.port ?? preferredPort(basePort(project, part), t.name), owner = await ownerOfPort(project, port), http = owner.kind === "free" ? void 0 : await probe(port, project.config.devServer.readyPath), stale = entry && !await isOurs(entry) ? `recorded pid ${entry.pid} is no longer running` : void 0;
    out.push({ part, port, url: serverUrl(port), state: http !== void 0 && http < 500 ? "UP" : "DOWN", http, ...ownerLabel(t, owner), ...entry ? { log: entry.log } : {}, ...stale ? { note: stale } : {} });
  }
  return out;
}

// src/flows/server/server-stop.ts
async function stopEntry(project, t, entry) {
  if (entry.host) return (await import("./server-remote-VM6HIQOF.js")).stopRemoteEntry(project, t, entry);
  let result = "not-running";
  if (await isOurs(entry)) {
    let left = await endGroup(entry.pid);
    if (left.length) throw new OrchError("stop-failed", `${t.label} ${entry.part}: processes ${left.join(", ")} of our group ${entry.pid} did not exit`, { hint: "they ignore SIGTERM and SIGKILL (uninterruptible I/O?): check them with ps" });
    result = "stopped";
  }
  return await updateEntries(project, t, (es) => es.filter((e) => !(e.part === entry.part && e.pid === entry.pid))), result;
}
async function stopAllServers(project, t) {
  let done = [];
  for (let e of readEntries(project, t)) await stopEntry(project, t, e) === "stopped" && done.push(`stopped the ${e.part} dev server (pid ${e.pid}, port ${e.port}${e.host ? ` on ${e.host}` : ""})`);
  return done;
}
async function stopServers(project, t, o) {
  if (t.host) return (await import("./server-remote-VM6HIQOF.js")).stopRemoteServers(project, t, o);
  let out = [];
  for (let part of partsOf(o.part)) {
    let entry = readEntries(project, t).find((e) => e.part === part), port = entry?.port ?? preferredPort(basePort(project, part), t.name);
    if (entry && await stopEntry(project, t, entry) === "stopped") {
      out.push({ part, port, result: "stopped", pid: entry.pid, message: `${t.label} ${part}: stopped (process group ${entry.pid}, port ${port})` });
      continue;
    }
    let owner = await ownerOfPort(project, port);
    if (owner.kind === "free") out.push({ part, port, result: "not-running", pid: void 0, message: `${t.label} ${part}: not running (port ${port} is free)` });
    else {
      let who = owner.kind === "orch" ? `the ${owner.entry.part} server of ${owner.target.label}` : describeHolder(owner.holder);
      out.push({ part, port, result: "not-ours", pid: owner.holder.pid, message: `${t.label} ${part}: port ${port} is held by ${who}: not ours, left alone` });
    }
  }
  return out;
}
async function killPort(project, port, o) {
  let owner = await ownerOfPort(project, port);
  if (owner.kind === "free") return { port, result: "free", pid: void 0, message: `nothing listens on port ${port}` };
  if (owner.kind === "orch")
    return await stopEntry(project, owner.target, owner.entry), { port, result: "stopped", pid: owner.entry.pid, message: `stopped the ${owner.entry.part} dev server of ${owner.target.label} (process group ${owner.entry.pid}) on port ${port}` };
  let { pid } = owner.holder, who = describeHolder(owner.holder);
  if (!o.force)
    throw new OrchError("not-ours", `port ${port} is held by ${who}: orch did not start it, so it is left alone`, {
      hint: pid ? `orch kill-port ${port} --force ends pid ${pid} (by pid, never by name)` : "we cannot see that process: stop it yourself"
    });
  if (!pid) throw new OrchError("not-visible", `port ${port} is held by ${who}: no pid to end`, { hint: "stop it yourself (it belongs to another user or namespace)" });
  if (pid === process.pid || pid === process.ppid || pid === 1) throw new OrchError("refused", `port ${port} is held by pid ${pid}, which orch will not end`);
  if (!await endPid(pid)) throw new OrchError("kill-failed", `pid ${pid} on port ${port} did not exit after SIGTERM and SIGKILL`);
  return { port, result: "killed", pid, message: `ended ${who} on port ${port} (--force)` };
}

export {
  startServers,
  checkServers,
  stopAllServers,
  stopServers,
  killPort
};
