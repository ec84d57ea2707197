import {
  workerChecks
} from "./chunk-KUHFCW5S.js";
import {
  action,
  positiveInt
} from "./chunk-SOUTL5MT.js";
import {
  Option
} from "./chunk-UIOT3NKO.js";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync
} from "./chunk-LKC326JV.js";
import {
  run
} from "./chunk-4YZ2I25Y.js";
import {
  CONFIG_REL,
  resolveConfig,
  sessionNameFor
} from "./chunk-SFWOOGXY.js";
import {
  atomicWrite
} from "./chunk-FVQNOVXB.js";
import {
  currentBranch,
  gitTry,
  isGitCheckout,
  originHead,
  remoteUrl
} from "./chunk-IIWHDVOR.js";
import {
  ConfigError,
  RefusalError,
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/cli/init.ts
import { createInterface } from "node:readline/promises";

// src/flows/setup/init.ts
import path from "node:path";

// src/core/remote.ts
function parseGithubRepo(url) {
  if (!url) return;
  let m = /^(?:https?:\/\/)(?:[^@/]+@)?[^/]+\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) ?? /^ssh:\/\/(?:[^@/]+@)?[^/]+\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url) ?? /^(?:[^@/]+@)?[^:/]+:([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  if (m)
    return `${m[1]}/${m[2]}`;
}
function jsonDiff(before, after) {
  let keys = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])], out = [];
  for (let k of keys) {
    let a = JSON.stringify(before[k]), b = JSON.stringify(after[k]);
    a !== b && (a !== void 0 && out.push(`- ${k}: ${a}`), b !== void 0 && out.push(`+ ${k}: ${b}`));
  }
  return out;
}

// src/flows/setup/init.ts
async function detectConfig(cwd, o) {
  let top = o.repoPath ? path.resolve(cwd, o.repoPath) : (await gitTry(cwd, ["rev-parse", "--show-toplevel"])).out || "";
  if (!top || !await isGitCheckout(top)) throw new UsageError(`${o.repoPath ?? cwd} is not inside a git checkout`, "run `orch init` in your repository, or pass --repo-path <dir>");
  let leaf = path.basename(top), projectName = o.projectName ?? leaf, defaultBranch = o.defaultBranch ?? await originHead(top) ?? await currentBranch(top) ?? "main", githubRepo = o.githubRepo ?? parseGithubRepo(await remoteUrl(top)), envFiles = o.envFiles ?? [".env", ".env.local", ".env.test", ".env.development"].filter((f) => existsSync(path.join(top, f))), nodeModules = o.nodeModules ?? (existsSync(path.join(top, "node_modules")) ? "node_modules" : void 0), testCmd = o.testCmd;
  if (!testCmd && existsSync(path.join(top, "package.json")))
    try {
      let pkg = JSON.parse(readFileSync(path.join(top, "package.json"), "utf8")), pm = existsSync(path.join(top, "pnpm-lock.yaml")) ? "pnpm" : existsSync(path.join(top, "yarn.lock")) ? "yarn" : "npm";
      pkg.scripts?.test && !/no test specified/.test(pkg.scripts.test) && (testCmd = `${pm} test`);
    } catch {
    }
  let worktrees = o.worktreesPath ? path.resolve(cwd, o.worktreesPath) : path.join(path.dirname(top), `${leaf}-worktrees`);
  return {
    projectName,
    worktreesPath: repoRelative(top, worktrees),
    psmuxSession: o.session ?? sessionNameFor(projectName),
    ...githubRepo ? { githubRepo } : {},
    defaultBranch,
    ...o.workerCmd ? { workerCmdPath: o.workerCmd } : {},
    ...o.workerCli ? { workerCli: o.workerCli } : {},
    worktreeDeps: "junction",
    layout: { type: "root", envFiles, ...nodeModules ? { nodeModules } : {}, ...testCmd ? { testCmd } : {} },
    ...o.mux ? { mux: o.mux } : {},
    ...o.muxSocket ? { muxSocket: o.muxSocket } : {},
    ...o.maxWorkers ? { maxWorkers: o.maxWorkers } : {}
  };
}
function repoRelative(top, dir) {
  let rel = path.relative(top, dir);
  return !rel || path.isAbsolute(rel) ? dir : rel.split(path.sep).filter((p) => p === "..").length <= 1 ? rel.split(path.sep).join("/") : dir;
}
function merged(before, detected, top, o) {
  let out = { ...before }, fromFlag = { projectName: "projectName", psmuxSession: "session", worktreesPath: "worktreesPath", workerCmdPath: "workerCmd", mux: "mux", muxSocket: "muxSocket", maxWorkers: "maxWorkers" }, implied = ["projectName", "psmuxSession", "worktreesPath", "worktreeDeps"];
  for (let [k, v] of Object.entries(detected)) {
    if (k === "layout" || k === "workerCli") continue;
    let flag = fromFlag[k];
    (k === "githubRepo" || k === "defaultBranch" || flag && o[flag] !== void 0 || !(k in before) && !implied.includes(k)) && (out[k] = v);
  }
  typeof before.repoPath == "string" && path.resolve(top, before.repoPath) === path.resolve(top) && delete out.repoPath, typeof out.worktreesPath == "string" && path.isAbsolute(out.worktreesPath) && (out.worktreesPath = repoRelative(top, out.worktreesPath));
  let bl = before.layout, dl = detected.layout;
  if (bl && bl.type === "monorepo-split") out.layout = bl;
  else {
    let keptEnv = Array.isArray(bl?.envFiles) ? bl.envFiles : [];
    out.layout = {
      ...dl,
      ...bl ?? {},
      type: "root",
      // An env file listed by hand may not exist yet: detection adds files, it never drops one.
      envFiles: o.envFiles ?? [.../* @__PURE__ */ new Set([...keptEnv, ...dl.envFiles])],
      ...o.nodeModules !== void 0 ? { nodeModules: o.nodeModules } : {},
      ...o.testCmd !== void 0 ? { testCmd: o.testCmd } : {}
    };
  }
  return o.workerCli && (out.workerCli = before.workerCli && typeof before.workerCli == "object" ? { ...before.workerCli, preset: o.workerCli } : o.workerCli), out;
}
function backupName(file, now = /* @__PURE__ */ new Date()) {
  return `${file}.bak-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}`;
}
var FLAG_OF = [
  [/^projectName\b/, "--project-name"],
  [/^repoPath\b/, "--repo-path"],
  [/^worktreesPath\b/, "--worktrees-path"],
  [/^psmuxSession\b/, "--session"],
  [/^githubRepo\b/, "--github-repo"],
  [/^defaultBranch\b/, "--default-branch"],
  [/^workerCmdPath\b/, "--worker-cmd"],
  [/^workerCli\b/, "--worker-cli"],
  [/^muxSocket\b/, "--mux-socket"],
  [/^mux\b/, "--mux"],
  [/^layout\.testCmd\b/, "--test-cmd"],
  [/^layout\.envFiles\b/, "--env-files"],
  [/^layout\.nodeModules\b/, "--node-modules"],
  [/^maxWorkers\b/, "--max-workers"]
];
async function preflight(cfg) {
  let items = [], g = await run("git", ["--version"]);
  if (items.push({ check: "git", ok: g.exitCode === 0, detail: g.exitCode === 0 ? g.stdout.trim() : "git not found: install git" }), cfg.mux === "headless") items.push({ check: "multiplexer", ok: !0, detail: "headless (no tmux needed)" });
  else {
    let bin = cfg.mux === "psmux" ? "psmux" : "tmux", m = await run(bin, ["-V"]);
    items.push({ check: "multiplexer", ok: m.exitCode === 0, detail: m.exitCode === 0 ? m.stdout.trim() : `${bin} not found: install ${bin} (apt-get install tmux / brew install tmux) or set "mux": "headless"` });
  }
  let w = (await workerChecks(cfg.worker, process.env, { checkLogin: !1 })).find((c) => c.check === "worker command");
  items.push({ check: "worker command", ok: w?.status !== "fail", detail: w?.status === "fail" ? `${w.detail}${w.fix ? `: ${w.fix}` : ""}` : w?.detail ?? cfg.worker.cmd });
  let token = process.env.GITHUB_TOKEN ? "GITHUB_TOKEN" : process.env.GH_TOKEN ? "GH_TOKEN" : void 0;
  return items.push({
    check: "GitHub token",
    ok: !!token || !cfg.githubRepo,
    detail: token ? `${token} is set` : cfg.githubRepo ? "no token: set GITHUB_TOKEN or GH_TOKEN, or log in with `gh auth login`" : "not needed (no githubRepo)"
  }), items;
}
async function initFlow(cwd, o, confirm) {
  let detected = await detectConfig(cwd, o), top = o.repoPath ? path.resolve(cwd, o.repoPath) : String((await gitTry(cwd, ["rev-parse", "--show-toplevel"])).out), file = path.join(top, CONFIG_REL), exists = existsSync(file), before;
  if (exists)
    try {
      let raw = JSON.parse(readFileSync(file, "utf8"));
      before = raw && typeof raw == "object" && !Array.isArray(raw) ? raw : {};
    } catch {
      before = {};
    }
  let cfg = before ? merged(before, detected, top, o) : detected, diff = before ? jsonDiff(before, cfg) : [], resolved;
  try {
    resolved = resolveConfig(cfg, file);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    let flagged = e.problems.map((p) => ({ p, flag: FLAG_OF.find(([re]) => re.test(p))?.[1] })).filter((x) => x.flag);
    throw flagged.length ? new UsageError(flagged.map((x) => `${x.flag}: ${x.p.replace(/^[\w.]+: /, "")}`).join("; "), "see `orch init --help`") : e;
  }
  if (before && !diff.length)
    return { written: !1, unchanged: !0, file, backup: null, config: cfg, diff, preflight: await preflight(resolved) };
  if (before && !o.force)
    throw new RefusalError(`${file} already exists; re-running init would change:
  ${diff.join(`
  `)}`, "run `orch init --force` to apply it (every other field is kept; the old file is backed up)");
  let summary = before ? `Update ${file}:
  ${diff.join(`
  `)}` : `Write ${file}:
${JSON.stringify(cfg, null, 2)}`;
  if (!o.yes && !await confirm(summary)) return { written: !1, unchanged: !1, file, backup: null, config: cfg, diff, preflight: [] };
  mkdirSync(path.dirname(file), { recursive: !0 });
  let backup = null;
  return before && (backup = backupName(file), copyFileSync(file, backup)), atomicWrite(file, cfg), { written: !0, unchanged: !1, file, backup, config: cfg, diff, preflight: await preflight(resolved) };
}

// src/cli/init.ts
function register(program) {
  program.command("init").helpGroup("Set up:").description("scaffold .claude/session-plugin.json from the repository, then check git, the multiplexer, the worker command and the token").option("-y, --yes", "write without asking").option("--force", "update an existing config with what init detects; every other field is kept, the diff shown and the old file backed up").option("--project-name <name>", "projectName (default: the folder name)").option("--repo-path <dir>", "repoPath (default: the checkout you are in)").option("--worktrees-path <dir>", "worktreesPath (default: sibling <leaf>-worktrees)").option("--session <name>", "psmuxSession (default: lowercased alphanumerics of the name)").option("--github-repo <owner/name>", "githubRepo (default: parsed from the origin URL)").option("--default-branch <branch>", "defaultBranch (default: origin HEAD, else the current branch, else main)").option("--worker-cmd <path>", "workerCmdPath").addOption(new Option("--worker-cli <preset>", "workerCli preset (an object form with cmd, args, setEnv... is written in the file by hand)").choices(["claude", "codex", "generic"])).addOption(new Option("--mux <kind>", "terminal multiplexer").choices(["tmux", "psmux", "headless"])).option("--mux-socket <name>", "tmux socket name (tmux -L)").option("--test-cmd <cmd>", "layout.testCmd (default: from package.json scripts)").option("--env-files <list>", "layout.envFiles, comma separated", (v) => v.split(",").map((s) => s.trim()).filter(Boolean)).option("--node-modules <dir>", "layout.nodeModules").option("--max-workers <n>", "maxWorkers", positiveInt("--max-workers")).option("--protect-base", "only this: create a GitHub ruleset so the base branch takes changes only through pull requests (shows it, asks first; --yes when not on a terminal)").option("--json", "print the result as JSON").addHelpText("after", `
Example:
  orch init
  orch init --yes --github-repo acme/shop --test-cmd "npm test"
  orch init --protect-base`).action(
    action(async (ctx, o) => {
      if (o.protectBase) {
        let { protectBaseAction } = await import("./init-protect-base-45CQBLBU.js");
        return protectBaseAction(ctx, !!o.yes);
      }
      let confirm = async (summary) => {
        if (!process.stdin.isTTY) return !0;
        process.stderr.write(`${summary}
`);
        let rl = createInterface({ input: process.stdin, output: process.stderr }), a = (await rl.question("Write it? [Y/n] ")).trim().toLowerCase();
        return rl.close(), a === "" || a === "y" || a === "yes";
      }, r = await initFlow(ctx.cwd, { ...o, yes: !!o.yes, force: !!o.force }, confirm);
      return {
        data: r,
        text: () => r.written || r.unchanged ? [
          r.unchanged ? `Nothing to change: ${r.file} matches what init detects.` : `Wrote ${r.file}`,
          ...r.backup ? [`Backup: ${r.backup}`] : [],
          ...r.diff.length ? ["Changed:", ...r.diff.map((d) => `  ${d}`)] : [],
          "Preflight:",
          ...r.preflight.map((p) => `  ${p.ok ? "PASS" : "FAIL"} ${p.check}: ${p.detail}`),
          'Next: orch start <name> --task "..."  or  orch start-issues <n> <n>'
        ].join(`
`) : "Nothing written."
      };
    })
  );
}

export {
  register
};
