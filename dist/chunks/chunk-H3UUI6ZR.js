import {
  renderTable
} from "./chunk-TG33RQB7.js";
import {
  action,
  positiveInt
} from "./chunk-SOUTL5MT.js";
import {
  Option
} from "./chunk-UIOT3NKO.js";
import {
  checkServers,
  killPort,
  startServers,
  stopServers
} from "./chunk-EY3HSGTC.js";
import {
  resolveTarget
} from "./chunk-UNCGYCQB.js";
import {
  openProject
} from "./chunk-2Y7JVHO3.js";
import {
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/cli/server.ts
var partOption = () => new Option("--part <part>", "which server").choices(["frontend", "backend", "both"]).default("frontend");
function statusTable(list) {
  return renderTable(
    ["PART", "STATE", "URL", "PID", "OWNER", "NOTE"],
    list.map((s) => [s.part, s.state, s.url, s.pid ? String(s.pid) : "-", s.owner === "foreign" && s.holder ? `foreign: ${s.holder.command || "unknown command"}` : `${s.owner}${s.ownerName ? ` (${s.ownerName})` : ""}`, s.note ?? ""])
  );
}
function register(program) {
  let server = program.command("server").helpGroup("Dispatch:").description("run a worktree's dev server on its own ports: start | check | stop").addHelpText(
    "after",
    `
Ports: the main checkout uses devServer.port / backendPort; each worktree adds a stable offset 1-49 from its name.
Example:
  orch server start add-login
  orch server check add-login --part both --json
  orch server stop add-login`
  ), targetArg = ["[name]", "worker name (default: the checkout you are in)"];
  server.command("start").addHelpText("after", `
Example:
  orch server start fix-12-crash
  orch server start fix-12-crash --part both --next-free`).description("start the dev server detached, logging under the git common dir, and wait until it answers").argument(...targetArg).addOption(partOption()).option("--next-free", "when the port is taken, use the next free port of the reserved block").option("--json", "print as JSON").action(
    action(async (ctx, name, o) => {
      let project = await openProject(ctx), t = await resolveTarget(project, ctx.cwd, name), list = await startServers(project, t, { part: o.part, nextFree: !!o.nextFree, log: (s) => ctx.out.info(s) });
      return { data: { name: t.label, servers: list.map(serverStatusJson) }, text: () => list.map((s) => `${t.label} ${s.part}: ${s.state} ${s.url} (pid ${s.pid}${s.note ? `, ${s.note}` : ""})
  log ${s.log}`).join(`
`) };
    })
  ), server.command("check").addHelpText("after", `
Example:
  orch server check fix-12-crash --json`).description("UP or DOWN, URL, PID and who holds the port (this worktree, another worktree, a foreign process)").argument(...targetArg).addOption(partOption()).option("--json", "print as JSON").action(
    action(async (ctx, name, o) => {
      let project = await openProject(ctx), t = await resolveTarget(project, ctx.cwd, name), list = await checkServers(project, t, { part: o.part });
      return { data: { name: t.label, servers: list.map(serverStatusJson) }, text: () => statusTable(list) };
    })
  ), server.command("stop").addHelpText("after", `
Example:
  orch server stop fix-12-crash --part backend`).description("end the process group orch started for this checkout; a port held by anything else is left alone").argument(...targetArg).addOption(partOption()).option("--json", "print as JSON").action(
    action(async (ctx, name, o) => {
      let project = await openProject(ctx), t = await resolveTarget(project, ctx.cwd, name), list = await stopServers(project, t, { part: o.part });
      return { data: { name: t.label, results: list.map((r) => ({ ...r, pid: r.pid ?? null })) }, text: () => list.map((r) => r.message).join(`
`) };
    })
  ), program.command("kill-port").helpGroup("Clean up:").description("end the listener on a port if orch started it; otherwise say whose it is (--force ends it by pid)").argument("<port>", "TCP port", (v) => {
    let n = positiveInt("<port>")(v);
    if (n > 65535) throw new UsageError(`<port> must be at most 65535, got ${n}`);
    return n;
  }).option("--force", "also end a process orch did not start (by its pid, never by name)").option("--json", "print as JSON").addHelpText("after", `
Example:
  orch kill-port 3012
  orch kill-port 3012 --force`).action(
    action(async (ctx, port, o) => {
      let r = await killPort(await openProject(ctx), port, { force: !!o.force });
      return { data: { ...r, pid: r.pid ?? null }, text: r.message };
    })
  );
}
function serverStatusJson(s) {
  return {
    part: s.part,
    port: s.port,
    url: s.url,
    state: s.state,
    http: s.http ?? null,
    pid: s.pid ?? null,
    owner: s.owner,
    ownerName: s.ownerName ?? null,
    holder: s.holder ? { pid: s.holder.pid ?? null, command: s.holder.command } : null,
    log: s.log ?? null,
    note: s.note ?? null
  };
}

export {
  register
};
