import {
  ConfigError
} from "./chunk-2PNQQJNN.js";
import {
  findExecutable
} from "./chunk-RZIVDDZH.js";
import {
  DEFAULT_PRICING,
  configSchema
} from "./chunk-WQ4YNIWE.js";
import {
  invocation
} from "./chunk-TPBC7PZG.js";

// src/core/naming.ts
var NAME_RULE = 'names use lowercase a-z, 0-9 and "-", start and end with a letter or digit, at most 40 characters (after a fix-<n>- prefix)', NAME_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
function nameProblem(name) {
  if (!name) return "the name is empty";
  if (!NAME_RE.test(name)) return `"${printable(name)}" is not a valid worker name: ${NAME_RULE}`;
  if (name.replace(/^fix-\d+-/, "").length > 40) return `"${name}" is too long: ${NAME_RULE}`;
  if (name.includes("--")) return `"${name}" contains "--": ${NAME_RULE}`;
}
function slugify(title, max = 40) {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, max).replace(/-+$/g, "") || "task";
}
function issueWorkerName(issue, title) {
  return `fix-${issue}-${slugify(title)}`;
}
function issueBranch(issue, title) {
  return `fix/${issue}-${slugify(title)}`;
}
function taskBranch(name) {
  return `feature/${name}`;
}
function branchForName(name) {
  let m = /^fix-(\d+)-(.+)$/.exec(name);
  return m ? `fix/${m[1]}-${m[2]}` : taskBranch(name);
}
function sessionNameFor(projectName) {
  return projectName.toLowerCase().replace(/[^a-z0-9]/g, "") || "orch";
}
function printable(s) {
  let clean = s.replace(/[\u0000-\u001f\u007f]/g, "?");
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}

// src/config/load.ts
import path3 from "node:path";
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";

// src/config/find.ts
import os from "node:os";
import path from "node:path";
import { existsSync, readFileSync, statSync } from "node:fs";
var META_PLACES = ["package.yaml", ".config/config.json", ".config/config.yaml", ".config/config.yml", ".config/config.js", ".config/config.ts", ".config/config.cjs", ".config/config.mjs"];
function searchAncestors(from, place, parse) {
  if (hasMetaConfig(invocation()?.cwd ?? process.cwd())) return "defer";
  let stop = path.resolve(os.homedir());
  for (let dir = path.resolve(from); ; ) {
    if (isDirectory(dir)) {
      let filepath = path.join(dir, place), content;
      try {
        content = readFileSync(filepath, "utf8");
      } catch (e) {
        if (!["ENOENT", "EISDIR", "ENOTDIR", "EACCES"].includes(e.code ?? "")) throw e;
      }
      if (content !== void 0 && content.trim() !== "") {
        let config = parse(filepath, content);
        return config && typeof config == "object" && Object.hasOwn(config, "$import") ? "defer" : { config, filepath };
      }
    }
    let parent = path.dirname(dir);
    if (dir === stop || parent === dir) return "defer";
    dir = parent;
  }
}
function isDirectory(dir) {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return !1;
  }
}
function hasMetaConfig(cwd) {
  if (META_PLACES.some((p) => existsSync(path.join(cwd, p)))) return !0;
  try {
    let pkg = JSON.parse(readFileSync(path.join(cwd, "package.json"), "utf8"));
    return !!(pkg && typeof pkg == "object" && "cosmiconfig" in pkg);
  } catch {
    return existsSync(path.join(cwd, "package.json"));
  }
}

// src/config/resolve.ts
import path2 from "node:path";
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";

// src/core/presets.ts
var PRESETS = {
  claude: {
    name: "claude",
    cmd: "claude",
    args: ["--dangerously-skip-permissions"],
    resumeArgs: ["--continue"],
    // Inherited from a parent Claude session these make the worker think it is nested or tie it to the parent's IDE port.
    clearEnv: ["CLAUDECODE", "CLAUDE_CODE_ENTRYPOINT", "CLAUDE_CODE_CHILD_SESSION", "CLAUDE_CODE_SSE_PORT"],
    // Without it no transcript is kept, and neither `result` nor `--continue` can work.
    setEnv: { CLAUDE_CODE_FORCE_SESSION_PERSISTENCE: "1" },
    accept: { matchAny: [] },
    ready: ["bypass permissions on"],
    bootWaitSec: 90,
    handshake: "claude"
  },
  codex: {
    name: "codex",
    cmd: "codex",
    args: ["--dangerously-bypass-approvals-and-sandbox", "--no-alt-screen"],
    resumeArgs: ["resume", "--last"],
    clearEnv: [],
    setEnv: {},
    accept: { matchAny: ["Do you trust the contents"], send: "Yes, continue" },
    ready: ["permissions: YOLO mode", ">_ OpenAI Codex"],
    bootWaitSec: 60,
    handshake: "patterns"
  },
  generic: {
    name: "generic",
    cmd: "sh",
    args: [],
    resumeArgs: [],
    clearEnv: [],
    setEnv: {},
    accept: { matchAny: [] },
    ready: [],
    bootWaitSec: 10,
    handshake: "patterns"
  }
};
function resolvePreset(workerCli, paths) {
  let obj = typeof workerCli == "string" ? { preset: workerCli } : workerCli, base = PRESETS[obj.preset ?? "claude"], pathCmd = base.name === "codex" ? paths.codexCmdPath : paths.workerCmdPath;
  return {
    ...base,
    cmd: obj.cmd ?? pathCmd ?? base.cmd,
    args: obj.args ?? base.args,
    resumeArgs: obj.resumeArgs ?? base.resumeArgs,
    clearEnv: obj.clearEnv ?? base.clearEnv,
    setEnv: { ...base.setEnv, ...obj.setEnv ?? {} },
    accept: obj.accept ? { matchAny: obj.accept.matchAny, ...obj.accept.send ? { send: obj.accept.send } : {} } : base.accept,
    ready: obj.ready?.matchAny.length ? obj.ready.matchAny : base.ready,
    bootWaitSec: obj.bootWaitSec ?? base.bootWaitSec
  };
}

// src/core/did-you-mean.ts
function didYouMean(word, candidates) {
  let best, bestDist = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (let c of candidates) {
    let d = distance(word.toLowerCase(), c.toLowerCase());
    d < bestDist && (best = c, bestDist = d);
  }
  return best;
}
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1)), prev = cur;
    }
  }
  return row[b.length];
}

// src/config/resolve.ts
function resolveConfig(data, file, env = process.env) {
  let warnings = unknownFieldWarnings(data), parsed = configSchema.safeParse(data, { reportInput: !0 });
  if (!parsed.success) {
    let problems2 = parsed.error.issues.map(describeIssue);
    throw new ConfigError(`${file}: ${problems2.length} problem${problems2.length > 1 ? "s" : ""} in the session config:
  ${problems2.join(`
  `)}`, problems2, "fix the fields above, then run `orch config` to check");
  }
  let raw = parsed.data, problems = [], configDir = path2.dirname(file), defaultRepo = path2.basename(configDir) === ".claude" ? path2.dirname(configDir) : configDir, repoPath = path2.resolve(defaultRepo, raw.repoPath ?? "."), projectName = raw.projectName ?? path2.basename(repoPath), worktreesPath = path2.resolve(repoPath, raw.worktreesPath ?? path2.join("..", `${path2.basename(repoPath)}-worktrees`));
  !existsSync2(repoPath) || !statSync2(repoPath).isDirectory() ? problems.push(`repoPath: expected an existing git checkout, got "${raw.repoPath ?? repoPath}" (folder not found)`) : existsSync2(path2.join(repoPath, ".git")) || problems.push(`repoPath: expected a git checkout, got "${repoPath}" (no .git in it)`);
  let rel = path2.relative(repoPath, worktreesPath);
  if ((rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel)) && problems.push(`worktreesPath: expected a folder outside the repository, got "${worktreesPath}" (inside repoPath)`), problems.length)
    throw new ConfigError(`${file}: ${problems.length} problem${problems.length > 1 ? "s" : ""} in the session config:
  ${problems.join(`
  `)}`, problems, "fix the paths above, then run `orch config` to check");
  let workerCmdPath = raw.workerCmdPath ?? raw.claudeCmdPath, defaultMux = process.platform === "win32" ? "psmux" : "tmux", muxBin = defaultMux === "psmux" ? env.ORCH_PSMUX_BIN || "psmux" : env.ORCH_TMUX_BIN || "tmux", fallback = raw.mux || findExecutable(muxBin, env) ? void 0 : `${defaultMux} is not on PATH, so workers run headless: each is a background process logging to a file (list, dash, monitor, result, finish and close work; there is no window to watch, and send, approve and deny cannot type into it). Install ${defaultMux} for interactive workers, or set "mux": "headless" to keep this and silence the warning`;
  return {
    configPath: file,
    projectName,
    repoPath,
    worktreesPath,
    session: raw.psmuxSession ?? sessionNameFor(projectName),
    githubRepo: raw.githubRepo,
    githubApiUrl: raw.githubApiUrl,
    defaultBranch: raw.defaultBranch,
    worker: resolvePreset(raw.workerCli, { workerCmdPath, codexCmdPath: raw.codexCmdPath }),
    worktreeDeps: raw.worktreeDeps,
    devServer: raw.devServer,
    review: raw.review,
    dataFlow: raw.dataFlow,
    teams: raw.teams,
    layout: raw.layout,
    mux: raw.mux ?? (fallback ? "headless" : defaultMux),
    muxFallback: fallback,
    muxSocket: env.ORCH_MUX_SOCKET || raw.muxSocket,
    maxWorkers: raw.maxWorkers,
    hosts: raw.hosts,
    queue: raw.queue,
    ci: raw.ci,
    stuckAfterMin: raw.stuckAfterMin,
    guard: raw.guard,
    notify: raw.notify,
    // Entries given in the file override the built-in table model by model; the rest stay.
    pricing: { ...DEFAULT_PRICING, ...raw.pricing },
    limits: raw.limits,
    recovery: raw.recovery,
    budget: raw.budget,
    warnings
  };
}
function describeIssue(issue) {
  let where = issue.path.length ? issue.path.map(String).join(".") : "(top level)", got = "input" in issue ? formatValue(issue.input) : void 0, expected;
  switch (issue.code) {
    case "invalid_value":
      expected = `expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
      break;
    case "invalid_union":
      if (expected = where.endsWith("layout") || where.includes("layout.") ? 'expected layout.type "root" or "monorepo-split"' : `expected ${issue.message.replace(/^Invalid input:?\s*/i, "") || "one of the allowed forms"}`, issue.note === "No matching discriminator") {
        let inp = issue.input, input = inp && typeof inp == "object" && "type" in inp ? inp.type : inp;
        return `${where.endsWith(".type") ? where : `${where}.type`}: expected "root" or "monorepo-split", got ${formatValue(input)}`;
      }
      break;
    case "invalid_type":
      expected = `expected ${issue.expected}`;
      break;
    default:
      expected = issue.message.startsWith("expected") ? issue.message : `expected ${issue.message.replace(/^Invalid\s*/i, "").replace(/^input:?\s*/i, "") || "a valid value"}`;
  }
  return got === void 0 ? `${where}: ${expected}` : `${where}: ${expected}, got ${got}`;
}
function formatValue(v) {
  if (v === void 0) return "nothing";
  let s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function objectFields(schema) {
  let s = schema;
  for (let i = 0; i < 5 && s && !s.shape; i++) s = s._zod?.def?.innerType;
  return s?.shape ? Object.keys(s.shape) : [];
}
function unknownFieldWarnings(data) {
  if (!data || typeof data != "object" || Array.isArray(data)) return [];
  let out = [], check = (obj, known, prefix) => {
    if (!(!obj || typeof obj != "object" || Array.isArray(obj)))
      for (let key of Object.keys(obj)) {
        if (key.startsWith("$") || key.startsWith("_") || known.includes(key)) continue;
        let guess = didYouMean(key, known);
        out.push(`unknown field ${prefix}${key}${guess ? ` (did you mean ${prefix}${guess}?)` : ""}: ignored`);
      }
  }, d = data;
  check(d, Object.keys(configSchema.shape), "");
  for (let key of ["devServer", "review", "notify", "queue", "ci", "guard", "limits", "recovery", "budget"]) check(d[key], objectFields(configSchema.shape[key]), `${key}.`);
  return check(d.layout, ["type", "envFiles", "nodeModules", "testCmd", "parts"], "layout."), out;
}

// src/config/load.ts
var CONFIG_REL = path3.join(".claude", "session-plugin.json");
async function loadConfig(opts) {
  let env = opts.env ?? process.env, explicit = opts.configFile ?? env.ORCH_CONFIG;
  if (explicit) {
    let file = path3.resolve(opts.cwd, explicit);
    if (!existsSync3(file))
      throw new ConfigError(`config file not found: ${file}`, [], opts.configFile ? "check the --config path" : "check the ORCH_CONFIG environment variable");
    return resolveConfig(readJson(file), file, env);
  }
  let main = await mainCheckout(opts.cwd), from = main && !isInside(opts.cwd, main) ? main : opts.cwd, near = searchAncestors(from, CONFIG_REL, parseJson), empty = near === "defer" ? emptyConfigAbove(from) : void 0;
  if (empty) throw new ConfigError(`${empty} is empty`, [], "run `orch init --force` to fill it in, or delete it");
  let found = near !== "defer" ? near : await cosmiconfigSearch(from);
  if (!found)
    throw new ConfigError(`no ${CONFIG_REL} found in ${opts.cwd} or any folder above it`, [], "run `orch init` in the repository (or /session-init inside Claude Code), or pass --config <file>");
  return resolveConfig(found.config, found.filepath, env);
}
async function cosmiconfigSearch(from) {
  let mod = await import("./dist-7KBYZ3DW.js");
  return (mod.cosmiconfig ?? mod.default.cosmiconfig)("session-plugin", {
    searchPlaces: [CONFIG_REL],
    searchStrategy: "global",
    loaders: { ".json": (file, content) => parseJson(file, content) },
    cache: !1
  }).search(from);
}
function isInside(dir, root) {
  let rel = path3.relative(root, dir);
  return rel === "" || !rel.startsWith("..") && !path3.isAbsolute(rel);
}
var mainCheckouts = /* @__PURE__ */ new Map();
async function mainCheckout(cwd) {
  let key = path3.resolve(cwd), known = mainCheckouts.get(key);
  if (known) return known;
  let { gitTry } = await import("./git-5DCSLC7X.js"), r = await gitTry(cwd, ["rev-parse", "--path-format=absolute", "--git-common-dir"]);
  if (!r.ok || !r.out) return;
  let main = path3.basename(r.out) === ".git" ? path3.dirname(r.out) : void 0;
  return main && mainCheckouts.set(key, main), main;
}
function emptyConfigAbove(from) {
  for (let dir = path3.resolve(from); ; dir = path3.dirname(dir)) {
    let file = path3.join(dir, CONFIG_REL);
    try {
      if (readFileSync2(file, "utf8").trim() === "") return file;
    } catch {
    }
    if (path3.dirname(dir) === dir) return;
  }
}
function readJson(file) {
  return parseJson(file, readFileSync2(file, "utf8"));
}
function parseJson(file, content) {
  if (content.trim() === "") throw new ConfigError(`${file} is empty`, [], "run `orch init --force` to fill it in, or delete it");
  try {
    return JSON.parse(content);
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${e.message})`, [], "fix the JSON syntax, then run `orch config`");
  }
}

export {
  nameProblem,
  issueWorkerName,
  issueBranch,
  taskBranch,
  branchForName,
  sessionNameFor,
  resolvePreset,
  didYouMean,
  resolveConfig,
  CONFIG_REL,
  loadConfig
};
