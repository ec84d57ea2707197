import {
  listFlow
} from "./chunk-XZO74YBN.js";
import {
  planTask
} from "./chunk-G2HRZ6QI.js";
import {
  newBatch,
  saveBatch
} from "./chunk-2ODB2MZ2.js";
import {
  dispatchWorker
} from "./chunk-35FEY2DM.js";
import {
  renderTable
} from "./chunk-TG33RQB7.js";
import {
  action,
  durationOption
} from "./chunk-SOUTL5MT.js";
import {
  mapLimit
} from "./chunk-LIKMUZWK.js";
import {
  makeMux
} from "./chunk-2Y7JVHO3.js";
import {
  finishCommandIn
} from "./chunk-HMAPWGVG.js";
import {
  mkdirSync,
  mkdtempSync,
  writeFileSync
} from "./chunk-LKC326JV.js";
import {
  distScript
} from "./chunk-DE7BE6BW.js";
import {
  run
} from "./chunk-4YZ2I25Y.js";
import {
  resolveConfig
} from "./chunk-SFWOOGXY.js";
import {
  Registry
} from "./chunk-FVQNOVXB.js";
import {
  commitCount,
  excludeFromGit,
  lastCommit
} from "./chunk-IIWHDVOR.js";
import {
  OrchError
} from "./chunk-2PNQQJNN.js";

// src/flows/setup/demo.ts
import path2 from "node:path";
import os from "node:os";

// src/demo/claude-home.ts
import { existsSync } from "node:fs";
import { mkdir, readFile, realpath, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var FAKE_API_KEY = "sk-ant-api03-orch-scripted-model-0000000000000000-demoKeyAA";
async function readJson(path3) {
  try {
    let value = JSON.parse(await readFile(path3, "utf8"));
    return typeof value == "object" && value !== null && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}
async function prepareClaudeHome(opts) {
  let key = opts.apiKey ?? FAKE_API_KEY;
  await mkdir(join(opts.dir, ".claude"), { recursive: !0 });
  let configPath = join(opts.dir, ".claude.json"), config = await readJson(configPath), projects = config.projects ?? {};
  for (let dir of opts.trustedDirs ?? []) {
    let real = await realpath(dir).catch(() => dir);
    for (let d of /* @__PURE__ */ new Set([dir, real])) projects[d] = { ...projects[d], hasTrustDialogAccepted: !0 };
  }
  let approved = /* @__PURE__ */ new Set([...config.customApiKeyResponses?.approved ?? [], key.slice(-20)]);
  Object.assign(config, {
    hasCompletedOnboarding: !0,
    customApiKeyResponses: { approved: [...approved], rejected: [] },
    projects
  }), await writeFile(configPath, JSON.stringify(config, null, 2) + `
`);
  let settingsPath = join(opts.dir, ".claude", "settings.json"), settings = await readJson(settingsPath);
  settings.theme = "dark", opts.skipBypassWarning && (settings.skipDangerousModePermissionPrompt = !0), await writeFile(settingsPath, JSON.stringify(settings, null, 2) + `
`);
}
function claudeEnv(home, modelUrl, apiKey) {
  return {
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_DATA_HOME: join(home, ".local", "share"),
    XDG_CACHE_HOME: join(home, ".cache"),
    XDG_STATE_HOME: join(home, ".local", "state"),
    ANTHROPIC_API_KEY: apiKey ?? FAKE_API_KEY,
    ANTHROPIC_BASE_URL: modelUrl,
    // Root refuses --dangerously-skip-permissions without this.
    IS_SANDBOX: "1",
    DISABLE_AUTOUPDATER: "1",
    // Also stops the session-title side request and the HEAD /api/hello probe.
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
    DISABLE_TELEMETRY: "1",
    DISABLE_ERROR_REPORTING: "1",
    // Popups and window renames would make screens differ from run to run.
    CLAUDE_CODE_DISABLE_FEEDBACK_SURVEY: "1",
    CLAUDE_CODE_DISABLE_TERMINAL_TITLE: "1"
  };
}
function claudeBinary() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    let candidate = join(dir, "node_modules", ".bin", "claude");
    if (existsSync(candidate)) return candidate;
    let parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

// src/demo/scripted-model.ts
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
var isObj = (v) => typeof v == "object" && v !== null && !Array.isArray(v), blocksOf = (content) => typeof content == "string" ? [{ type: "text", text: content }] : Array.isArray(content) ? content.filter(isObj) : [], humanText = (b) => b.type === "text" && typeof b.text == "string" && !b.text.trimStart().startsWith("<system-reminder>") ? b.text : void 0, toolResultText = (b) => blocksOf(b.content).map((c) => c.text ?? "").join(`
`), id = (prefix) => prefix + "01" + randomBytes(16).toString("base64").replace(/[^A-Za-z0-9]/g, "").slice(0, 22);
function contextOf(body) {
  let messages = isObj(body) && Array.isArray(body.messages) ? body.messages.filter(isObj) : [], prompt = "", step = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    let m = messages[i];
    if (m.role === "assistant" && step++, m.role !== "user") continue;
    let blocks = blocksOf(m.content);
    if (blocks.some((b) => b.type === "tool_result")) continue;
    let texts2 = blocks.map(humanText).filter((t) => t !== void 0);
    if (texts2.length > 0) {
      prompt = texts2.at(-1);
      break;
    }
  }
  let ctx = { prompt, step, body }, last = messages.filter((m) => m.role === "user").at(-1), results = last ? blocksOf(last.content).filter((b) => b.type === "tool_result") : [];
  results.length > 0 && (ctx.lastToolResult = results.map(toolResultText).join(`
`), ctx.lastToolError = results.some((b) => b.is_error === !0));
  let texts = [
    ...isObj(body) ? blocksOf(body.system) : [],
    ...messages.flatMap((m) => blocksOf(m.content))
  ].map((b) => b.text ?? "");
  for (let t of texts) {
    let match = /(?:Primary working directory|Working directory|cwd):\s*(\S[^\n]*)/i.exec(t);
    if (match) {
      ctx.cwd = match[1].trim();
      break;
    }
  }
  return ctx;
}
function isSideRequest(body) {
  return !Array.isArray(body.tools) || body.tools.length === 0;
}
function sideAnswer(body) {
  let format = isObj(body.output_config) ? body.output_config.format : void 0, schema = isObj(format) && format.type === "json_schema" && isObj(format.schema) ? format.schema : void 0;
  if (!schema) return "Scripted session";
  let props = isObj(schema.properties) ? Object.keys(schema.properties) : [];
  return JSON.stringify(Object.fromEntries(props.map((k) => [k, "Scripted session"])));
}
var tokensOf = (v) => v === void 0 ? 0 : Math.ceil(JSON.stringify(v).length / 4);
function usageFor(body, content, override = {}) {
  let messages = Array.isArray(body.messages) ? body.messages : [], prefix = tokensOf(body.system) + tokensOf(body.tools), earlier = tokensOf(messages.slice(0, -1)), newest = tokensOf(messages.at(-1)), first = messages.length <= 1;
  return {
    input_tokens: 3,
    cache_creation_input_tokens: first ? prefix + newest : newest,
    cache_read_input_tokens: first ? 0 : prefix + earlier,
    output_tokens: Math.max(1, tokensOf(content)),
    ...override
  };
}
function contentOf(reply) {
  let out = [];
  return "tool" in reply ? (reply.text && out.push({ type: "text", text: reply.text }), out.push({ type: "tool_use", id: id("toolu_"), name: reply.tool, input: reply.input })) : out.push({ type: "text", text: reply.text }), out;
}
function sendJson(res, status, value, headers = {}) {
  res.writableEnded || res.destroyed || (res.writeHead(status, { "content-type": "application/json", "request-id": id("req_"), ...headers }), res.end(JSON.stringify(value)));
}
function sendMessage(res, body, content, stream, override) {
  if (res.writableEnded || res.destroyed) return;
  let model = typeof body.model == "string" ? body.model : "claude-scripted", stopReason = content.some((b) => b.type === "tool_use") ? "tool_use" : "end_turn", counted = usageFor(body, content, override), outputTokens = counted.output_tokens, usage = { ...counted, service_tier: "standard" }, message = { id: id("msg_"), type: "message", role: "assistant", model, content, stop_reason: stopReason, stop_sequence: null, usage };
  if (!stream)
    return sendJson(res, 200, message), counted;
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", "request-id": id("req_") });
  let event = (type, data) => res.write(`event: ${type}
data: ${JSON.stringify({ type, ...data })}

`);
  event("message_start", { message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } } }), event("ping", {}), content.forEach((block, index) => {
    block.type === "tool_use" ? (event("content_block_start", { index, content_block: { ...block, input: {} } }), event("content_block_delta", { index, delta: { type: "input_json_delta", partial_json: JSON.stringify(block.input) } })) : (event("content_block_start", { index, content_block: { type: "text", text: "" } }), event("content_block_delta", { index, delta: { type: "text_delta", text: block.text } })), event("content_block_stop", { index });
  });
  let { service_tier: _tier, ...totals } = usage;
  return event("message_delta", { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { ...totals, output_tokens: outputTokens } }), event("message_stop", {}), res.end(), counted;
}
async function answer(res, body, reply, stream, timers) {
  for (; "delayMs" in reply; ) {
    let { delayMs, then } = reply;
    await new Promise((resolve) => {
      let t = setTimeout(() => {
        timers.delete(t), resolve();
      }, delayMs);
      timers.add(t);
    }), reply = then;
  }
  if ("error" in reply) {
    let { status, type, message, retryAfterSec, retry, headers } = reply.error;
    sendJson(res, status, { type: "error", error: { type, message } }, {
      ...retry ? {} : { "x-should-retry": "false" },
      ...retryAfterSec !== void 0 ? { "retry-after": String(retryAfterSec) } : {},
      ...headers
    });
    return;
  }
  return sendMessage(res, body, contentOf(reply), stream, reply.usage);
}
function startScriptedModel(script, opts = {}) {
  let requests = [], timers = /* @__PURE__ */ new Set(), handle = async (req, res) => {
    let chunks = [];
    for await (let c of req) chunks.push(c);
    let path3 = (req.url ?? "/").split("?")[0];
    if (req.method === "POST" && path3 === "/v1/messages/count_tokens") return sendJson(res, 200, { input_tokens: 10 });
    if (req.method !== "POST" || path3 !== "/v1/messages")
      return sendJson(res, 404, { type: "error", error: { type: "not_found_error", message: `Not found: ${req.method} ${path3}` } });
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      body = void 0;
    }
    if (!isObj(body)) return sendJson(res, 400, { type: "error", error: { type: "invalid_request_error", message: "Body must be a JSON object" } });
    let stream = body.stream === !0;
    if (isSideRequest(body)) {
      sendMessage(res, body, [{ type: "text", text: sideAnswer(body) }], stream);
      return;
    }
    let ctx = contextOf(body), entry = { path: req.url ?? path3, ctx };
    requests.push(entry);
    let usage = await answer(res, body, await script(ctx), stream, timers);
    usage && (entry.usage = usage);
  }, server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      let message = err instanceof Error ? err.message : String(err);
      res.headersSent ? res.destroy() : sendJson(res, 500, { type: "error", error: { type: "api_error", message } }, { "x-should-retry": "false" });
    });
  }), host = opts.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    server.once("error", reject), server.listen(opts.port ?? 0, host, () => {
      let port = server.address().port;
      resolve({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
        port,
        requests,
        close: () => new Promise((done) => {
          for (let t of timers) clearTimeout(t);
          timers.clear(), server.close(() => done()), server.closeAllConnections();
        })
      });
    });
  });
}

// src/demo/demo-model.ts
import path from "node:path";
var finishCommands = /* @__PURE__ */ new Map(), demoModel = (ctx) => {
  let name = ctx.cwd ? path.basename(ctx.cwd) : "worker";
  if (ctx.step === 1) {
    let finish = finishCommandIn(ctx.lastToolResult ?? "");
    finish && finishCommands.set(name, finish);
  }
  switch (ctx.step) {
    case 0:
      return { text: "Reading my brief first.", tool: "Bash", input: { command: "cat .claude-bootstrap.md", description: "Read the worktree brief" } };
    case 1: {
      let task = /## 2\. The task\n\n([^\n]+)/.exec(ctx.lastToolResult ?? "")?.[1] ?? "demo task";
      return {
        text: `The task: ${task}`,
        tool: "Write",
        input: { file_path: path.join(ctx.cwd ?? ".", "notes", `${name}.md`), content: `# ${name}

${task}

Written by Claude Code driven by the orch demo model (a script, not a real model).
` }
      };
    }
    case 2:
      return { tool: "Bash", input: { command: `git add notes/${name}.md && git commit -q -m 'demo(${name}): add note'`, description: "Commit the note" } };
    case 3:
      return { text: "Finishing as the brief says.", tool: "Bash", input: { command: finishCommands.get(name) ?? 'echo "no finish command in the brief"; exit 1', description: "Finish: push the branch" } };
    default:
      return /finished and pushed/.test(ctx.lastToolResult ?? "") ? { text: `Committed the note and pushed my branch.

WORKTREE_STATUS: COMPLETE
BRANCH: feature/${name}
TESTS_PASSED: (demo project has no tests)` } : { text: `WORKTREE_STATUS: BLOCKED
REASON: orch finish failed: ${(ctx.lastToolResult ?? "").slice(-200)}` };
  }
};

// src/flows/setup/demo.ts
var DEMO_TASKS = [
  { name: "greeting", task: "Add a note proposing a friendly greeting for the README." },
  { name: "changelog", task: "Add a note sketching the first CHANGELOG entry." },
  { name: "roadmap", task: "Add a note listing three roadmap ideas." }
];
async function sh(cwd, cmd, args) {
  let r = await run(cmd, args, { cwd });
  if (r.exitCode !== 0) throw new OrchError("demo", `${cmd} ${args.join(" ")} failed: ${r.stderr}`);
}
async function demoFlow(ctx, o) {
  let root = mkdtempSync(path2.join(os.tmpdir(), "orch-demo-")), origin = path2.join(root, "origin.git"), repo = path2.join(root, "demo-repo");
  ctx.out.info(`Demo workspace: ${root}`), await sh(root, "git", ["init", "-q", "--bare", "-b", "main", origin]), await sh(root, "git", ["init", "-q", "-b", "main", repo]);
  for (let [k, v] of [["user.name", "orch demo"], ["user.email", "demo@orch.invalid"], ["commit.gpgsign", "false"]]) await sh(repo, "git", ["config", k, v]);
  writeFileSync(path2.join(repo, "README.md"), `# Demo project

A throwaway repository made by \`orch demo\`.
`), await sh(repo, "git", ["add", "."]), await sh(repo, "git", ["commit", "-q", "-m", "Initial commit"]), await sh(repo, "git", ["remote", "add", "origin", origin]), await sh(repo, "git", ["push", "-q", "-u", "origin", "main"]);
  let tmux = o.mux !== "headless" && (await run("tmux", ["-V"])).exitCode === 0, claude = o.standIn ? void 0 : claudeBinary(), model, workerCli;
  if (claude && tmux) {
    model = await startScriptedModel(demoModel);
    let home = path2.join(root, "claude-home");
    await prepareClaudeHome({ dir: home }), workerCli = { preset: "claude", cmd: claude, setEnv: claudeEnv(home, model.url) };
  } else {
    let standIn = distScript("demo/stand-in-worker.js");
    workerCli = { preset: "generic", cmd: process.execPath, args: [standIn], ready: { matchAny: tmux ? ["stand-in ready>"] : [] }, setEnv: tmux ? {} : { ORCH_STANDIN_AUTORUN: "1" } };
  }
  let socket = `orch-demo-${path2.basename(root).replace(/[^a-zA-Z0-9]/g, "")}`, raw = { projectName: "demo-repo", psmuxSession: "demo", defaultBranch: "main", muxSocket: socket, mux: tmux ? "tmux" : "headless", workerCli, layout: { type: "root", envFiles: [] } }, cfgFile = path2.join(repo, ".claude", "session-plugin.json"), project;
  try {
    mkdirSync(path2.dirname(cfgFile), { recursive: !0 }), writeFileSync(cfgFile, `${JSON.stringify(raw, null, 2)}
`), await excludeFromGit(repo, "/.claude/");
    let config2 = resolveConfig(raw, cfgFile, { ...process.env, ORCH_MUX_SOCKET: "" }), registry2 = await Registry.open(repo);
    project = { config: config2, registry: registry2, mux: makeMux(config2, registry2) };
  } catch (e) {
    throw await model?.close(), e;
  }
  let { config, registry } = project, label = claude && tmux ? "real Claude Code CLI driven by the bundled scripted demo model" : `bundled stand-in worker (${claude ? "tmux missing" : "Claude Code CLI not installed"}; not Claude)`;
  ctx.out.info(`DEMO: workers are the ${label}; ${tmux ? "tmux windows on a private socket" : "headless processes"}.`);
  try {
    let batch = newBatch("demo", DEMO_TASKS.map((t) => t.name)), started = Date.now(), workers = await mapLimit(DEMO_TASKS, 3, (t) => dispatchWorker(project, planTask(project, { name: t.name, task: t.task, batch: batch.id }), { launch: !0, log: (s) => ctx.out.info(s) }));
    saveBatch(registry, batch), ctx.out.info(`Dispatched ${workers.length} workers; waiting for each to commit on its branch${claude && tmux ? " and finish" : ""}...`);
    let commits = await mapLimit(workers, 3, async (w) => {
      let until = Date.now() + o.timeoutMs;
      for (; ; ) {
        let n = await commitCount(w.worktree, "origin/main..HEAD");
        if (n > 0)
          return ctx.out.info(`  ${w.name}: committed (${((Date.now() - started) / 1e3).toFixed(1)}s)`), { name: w.name, branch: w.branch, commits: n, subject: (await lastCommit(w.worktree))?.subject };
        if (Date.now() > until) throw new OrchError("demo-timeout", `${w.name} did not commit within ${Math.round(o.timeoutMs / 1e3)}s`, { hint: `look at it: ${project.mux.attachHint(config.session, w.name)}` });
        await new Promise((r) => setTimeout(r, 300));
      }
    }), list = await listFlow(project);
    if (claude && tmux) {
      let FINAL = ["done", "finish-failed", "blocked", "errored", "dead"], told = /* @__PURE__ */ new Set(), until = Date.now() + o.timeoutMs;
      for (; ; ) {
        for (let w of list.workers.filter((x) => FINAL.includes(x.state.name) && !told.has(x.name)))
          told.add(w.name), ctx.out.info(`  ${w.name}: ${w.state.name === "done" ? "finished, branch pushed" : `${w.state.name}: ${w.state.reason}`} (${((Date.now() - started) / 1e3).toFixed(1)}s)`);
        if (told.size === list.workers.length || Date.now() > until) break;
        await new Promise((r) => setTimeout(r, 500)), list = await listFlow(project);
      }
    }
    return {
      root,
      repo,
      config: cfgFile,
      workerKind: claude && tmux ? "claude" : "stand-in",
      label,
      commits,
      list,
      attach: project.mux.attachHint(config.session),
      remove: tmux ? [`tmux -L ${socket} kill-server`, `rm -rf ${root}`] : [`rm -rf ${root}`]
    };
  } finally {
    await model?.close();
  }
}

// src/cli/demo.ts
function register(program) {
  program.command("demo").helpGroup("Set up:").description("see orch work: a throwaway repo, three tasks dispatched in parallel into real tmux windows, each worker committing on its own branch").option("--stand-in", "use the bundled stand-in worker even when the Claude Code CLI is installed").option("--headless", "run workers as headless processes instead of tmux windows").addOption(durationOption("--timeout <dur>", "how long to wait for each worker to commit", { min: "10s", default: "3m" })).option("--json", "print the result as JSON").addHelpText("after", `
Example:
  npx orch demo
  orch demo --stand-in --headless`).action(
    action(async (ctx, o) => {
      let r = await demoFlow(ctx, { standIn: !!o.standIn, timeoutMs: o.timeout, mux: o.headless ? "headless" : void 0 });
      return {
        data: { ...r, commits: r.commits.map((c) => ({ name: c.name, branch: c.branch ?? null, commits: c.commits, subject: c.subject ?? null })) },
        text: () => [
          `DEMO finished: ${r.commits.length} workers committed${r.workerKind === "claude" ? " and finished" : ""} (${r.label}).`,
          "",
          renderTable(["NAME", "BRANCH", "WINDOW", "STATE", "COMMITS", "LAST COMMIT"], r.list.workers.map((w) => {
            let c = r.commits.find((x) => x.name === w.name);
            return [w.name, w.branch ?? "-", w.window.alive ? "alive" : "dead", w.state.name, String(c?.commits ?? 0), c?.subject ?? ""];
          })),
          "",
          `Look around:  ${r.attach}    (detach with Ctrl-b d)`,
          `              orch --config ${r.config} list`,
          `In a browser: orch --config ${r.config} dash --web --open    (a live page; Ctrl-C stops it)`,
          `Remove it:    ${r.remove.join(" && ")}`
        ].join(`
`)
      };
    })
  );
}

export {
  register
};
