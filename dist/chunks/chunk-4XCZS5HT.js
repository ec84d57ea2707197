import {
  workerChecks
} from "./chunk-3DONTX73.js";
import {
  action,
  positiveInt
} from "./chunk-7US3BMF3.js";
import {
  CONFIG_REL,
  resolveConfig,
  sessionNameFor
} from "./chunk-6N5QIBT2.js";
import {
  run
} from "./chunk-OEPJEW6A.js";
import {
  atomicWrite
} from "./chunk-77UQGDPZ.js";
import {
  currentBranch,
  gitTry,
  isGitCheckout,
  originHead,
  remoteUrl
} from "./chunk-GU6YQQQ4.js";
import {
  OrchError,
  UsageError
} from "./chunk-2PNQQJNN.js";

// src/cli/init.ts
import { createInterface } from "node:readline/promises";

// src/flows/setup/init.ts
import path from "node:path";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

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
  return {
    projectName,
    repoPath: top,
    worktreesPath: o.worktreesPath ? path.resolve(cwd, o.worktreesPath) : path.join(path.dirname(top), `${leaf}-worktrees`),
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
  let cfg = await detectConfig(cwd, o), file = path.join(String(cfg.repoPath), CONFIG_REL), exists = existsSync(file), diff = [];
  if (exists) {
    let before = {};
    try {
      before = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      before = {};
    }
    if (diff = jsonDiff(before, cfg), !o.force)
      throw new OrchError("exists", `${file} already exists${diff.length ? `; re-running init would change:
  ${diff.join(`
  `)}` : " and matches what init detects"}`, {
        exitCode: 2,
        hint: diff.length ? "run `orch init --force` to overwrite it" : "nothing to do; `orch config` shows it"
      });
  }
  let resolved = resolveConfig(cfg, file), summary = `${exists ? "Overwrite" : "Write"} ${file}:
${JSON.stringify(cfg, null, 2)}`;
  return !o.yes && !await confirm(summary) ? { written: !1, file, config: cfg, diff, preflight: [] } : (mkdirSync(path.dirname(file), { recursive: !0 }), atomicWrite(file, cfg), { written: !0, file, config: cfg, diff, preflight: await preflight(resolved) });
}

// src/cli/init.ts
function register(program) {
  program.command("init").helpGroup("Set up:").description("scaffold .claude/session-plugin.json from the repository, then check git, the multiplexer, the worker command and the token").option("-y, --yes", "write without asking").option("--force", "overwrite an existing config (shows the diff)").option("--project-name <name>", "projectName (default: the folder name)").option("--repo-path <dir>", "repoPath (default: the checkout you are in)").option("--worktrees-path <dir>", "worktreesPath (default: sibling <leaf>-worktrees)").option("--session <name>", "psmuxSession (default: lowercased alphanumerics of the name)").option("--github-repo <owner/name>", "githubRepo (default: parsed from the origin URL)").option("--default-branch <branch>", "defaultBranch (default: origin HEAD, else the current branch, else main)").option("--worker-cmd <path>", "workerCmdPath").option("--worker-cli <preset>", "workerCli preset: claude | codex | generic").option("--mux <kind>", "tmux | psmux | headless").option("--mux-socket <name>", "tmux socket name (tmux -L)").option("--test-cmd <cmd>", "layout.testCmd (default: from package.json scripts)").option("--env-files <list>", "layout.envFiles, comma separated", (v) => v.split(",").map((s) => s.trim()).filter(Boolean)).option("--node-modules <dir>", "layout.nodeModules").option("--max-workers <n>", "maxWorkers", positiveInt("--max-workers")).option("--protect-base", "only this: create a GitHub ruleset so the base branch takes changes only through pull requests (shows it, asks first; --yes when not on a terminal)").option("--json", "print the result as JSON").addHelpText("after", `
Example:
  orch init
  orch init --yes --github-repo acme/shop --test-cmd "npm test"
  orch init --protect-base`).action(
    action(async (ctx, o) => {
      if (o.protectBase) {
        let { protectBaseAction } = await import("./init-protect-base-5U66DEU2.js");
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
        text: () => r.written ? [
          `Wrote ${r.file}`,
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
